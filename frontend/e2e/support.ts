import { createHmac } from 'node:crypto'
import { expect, type Browser, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const PASSWORD = 'Tianshan@2026'
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')

/** RFC 6238 TOTP, as an authenticator app computes it from the secret Keycloak holds for the test auditor. */
export function totp(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)))
  const hmac = createHmac('sha1', Buffer.from(secret, 'utf8')).update(counter).digest()
  const offset = hmac[hmac.length - 1] & 0xf
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

/** Opens the admin console and signs in on the real Keycloak login page. */
export async function signIn(page: Page, username: string, otpSecret?: string): Promise<void> {
  await page.goto('/admin')
  await page.waitForURL(/\/realms\/tianshan\/protocol\/openid-connect\/auth/)
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('#kc-login').click()
  if (otpSecret) {
    await page.locator('#otp').fill(totp(otpSecret))
    await page.locator('#kc-login').click()
  }
  await page.waitForURL(/\/admin(\/?$|\/[a-z])/)
  await expect(page.getByTestId('user-name')).toBeVisible()
}

/** A fresh browser context signed in as {@code username}; close it with page.context().close(). */
export async function as(browser: Browser, username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport, isMobile: true, hasTouch: true } : {})
  const page = await context.newPage()
  await signIn(page, username)
  return page
}

export async function menuTitles(page: Page): Promise<string[]> {
  const items = page.getByTestId('admin-menu').locator('.el-menu-item')
  await expect(items.first()).toBeVisible()
  return (await items.allInnerTexts()).map((t) => t.trim())
}

/** Drafts an article in the editor: kind, title, one column (picked by its name), body; saves it once. */
export async function draft(page: Page, kind: string, title: string, column: string, body: string): Promise<number> {
  await page.goto('/admin/articles/new')
  await choose(page, '信息类别', kind)
  await page.getByTestId('article-title').fill(title)
  await pickColumn(page, column)
  await page.getByRole('textbox', { name: '正文' }).click()
  await page.keyboard.type(body)
  await page.getByTestId('article-save').click()
  await page.waitForURL(/\/admin\/articles\/\d+$/)
  await expect(page.getByTestId('article-status')).toContainText('草稿')
  return Number(new URL(page.url()).pathname.split('/').pop())
}

/**
 * Picks a column and waits for its tag. A click on the picker can land while its dropdown is still closing (after
 * another picker, or a tag's close button that toggled it), and an option clicked then is lost: try again until the
 * tag shows, never clicking a chosen option a second time (that would take it out).
 */
export async function pickColumn(page: Page, column: string): Promise<void> {
  const picker = page.getByTestId('article-columns')
  const dropdown = page.locator('.el-select__popper.column-picker-popper')
  const chosen = picker.locator('.el-tag', { hasText: column })
  await expect(async () => {
    if ((await chosen.count()) === 0) {
      if (!(await dropdown.isVisible())) await picker.click()
      await dropdown.getByRole('option', { name: new RegExp(column) }).first().click({ timeout: 3_000 })
    }
    await expect(chosen.first()).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await page.keyboard.press('Escape')
  await expect(dropdown).toBeHidden()
}

/**
 * Chooses one option of a single-choice select or tree select, named by its aria-label, and waits until the select
 * shows it and its dropdown has closed. As with the column picker, a click can land on a dropdown that is still
 * opening or closing and be lost: try again until the choice shows, so the next field never starts beside an open one.
 */
export async function choose(page: Page, selectLabel: string, option: string): Promise<void> {
  const select = page.locator('.el-select', { has: page.getByRole('combobox', { name: selectLabel }) })
  const openDropdowns = page.locator('.el-select-dropdown').filter({ visible: true })
  await expect(openDropdowns).toHaveCount(0)
  await expect(async () => {
    if (!(await select.innerText()).includes(option)) {
      if ((await openDropdowns.count()) === 0) await select.click()
      await openDropdowns.getByText(option, { exact: true }).first().click({ timeout: 3_000 })
    }
    await expect(select).toContainText(option, { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await expect(openDropdowns).toHaveCount(0)
}

/** 送审 and the route confirmation; resolves with the route's text. */
export async function submit(page: Page): Promise<string> {
  await page.getByTestId('article-submit').click()
  const route = page.getByTestId('submit-route')
  await expect(route).toBeVisible()
  const text = await route.innerText()
  await page.getByTestId('submit-confirm').click()
  await expect(page.getByTestId('article-status')).toContainText('审核中')
  return text
}

/** From the inbox: the row's 同意 opens the article with the decision dialog; confirms what the step asks. */
export async function approveFromInbox(page: Page, title: string, opinion: string): Promise<void> {
  await page.goto('/admin/inbox')
  const row = page.getByTestId('inbox-table').locator('li', { hasText: title }).filter({ has: page.getByTestId('inbox-action-approve') })
  await row.getByTestId('inbox-action-approve').click()
  await page.getByTestId('review-opinion').fill(opinion)
  for (const confirmation of ['review-proofread', 'review-confidentiality']) {
    const box = page.getByTestId(confirmation)
    if (await box.isVisible()) await box.click()
  }
  await page.getByTestId('review-confirm').click()
  await expect(page.getByText('已同意').first()).toBeVisible()
}

/** No serious or critical accessibility violation (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  // A toast fading out, or a colour mid-transition, is not what stays on screen: scan the page at rest.
  await expect(page.locator('.el-message')).toHaveCount(0, { timeout: 10_000 })
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' })
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`),
  ).toEqual([])
}

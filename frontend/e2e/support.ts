import { createHmac } from 'node:crypto'
import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const PASSWORD = 'Tianshan@2026'

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

export async function menuTitles(page: Page): Promise<string[]> {
  const items = page.getByTestId('admin-menu').locator('.el-menu-item')
  await expect(items.first()).toBeVisible()
  return (await items.allInnerTexts()).map((t) => t.trim())
}

/** No serious or critical accessibility violation (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  // A toast fading out is half transparent; scan the page as it stays.
  await expect(page.locator('.el-message')).toHaveCount(0, { timeout: 10_000 })
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`),
  ).toEqual([])
}

import { expect, test, type Page } from '@playwright/test'
import { as, draft, submit } from './support'

const PHONE = { width: 390, height: 844 }

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `${page.url()} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0)
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true })

  test('the public pages never scroll sideways', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: '交通要闻' })).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('heading', { name: '交通要闻' }).getByRole('link').click()
    await expect(page.getByTestId('column-articles')).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.goto('/units')
    await expect(page.getByRole('heading', { name: '机构设置与联系方式' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })
})

test('a reviewer works the inbox on a phone: menu in a drawer, the article readable, the decision reachable', async ({ browser }) => {
  test.setTimeout(120_000)
  const title = `宣传教育中心开展“平安出行”宣传周活动 ${Date.now()}`
  const editor = await as(browser, 'ma.li')
  await draft(editor, '新闻动态', title, '交通要闻', '宣传周期间，宣传教育中心在各客运站发放安全出行手册。')
  await submit(editor)
  await editor.context().close()

  const page = await as(browser, 'xu.gang', PHONE)
  await page.getByTestId('menu-toggle').click()
  await page.getByTestId('admin-menu').filter({ visible: true }).getByText('待我处理').click()
  await expect(page.getByRole('heading', { name: '待我处理' })).toBeVisible()
  await expectNoHorizontalScroll(page)
  const row = page.getByTestId('inbox-table').locator('li', { hasText: title })
  await expect(row.getByTestId('inbox-action-approve')).toBeVisible()
  await row.getByRole('link', { name: title }).click()
  await expect(page.getByTestId('review-panel')).toBeVisible()
  await expect(page.getByText('宣传周期间').first()).toBeVisible()
  await expectNoHorizontalScroll(page)
  await page.context().close()
})

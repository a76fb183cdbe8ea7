import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test('the public shell carries the site identity and passes axe', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('site-id-code')).toContainText('网站标识码')
  await expect(page.getByRole('contentinfo')).toContainText('ICP')
  await expect(page.getByRole('heading', { name: '交通要闻' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '政务公开' })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '机构设置' }).click()
  await expect(page.getByRole('heading', { name: '机构设置与联系方式' })).toBeVisible()
  await expect(page.getByText('政策法规处')).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: '长者模式' }).click()
  await expect(page.locator('html')).toHaveClass(/elderly/)
  await expectAccessible(page)
  await page.getByRole('button', { name: '退出长者模式' }).click()
})

test('an unknown public address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible()
})

// Each axe scan of an admin page takes 10–15 s while the backend suite shares the machine's two cores, so the
// admin pages are scanned in three groups, each within the usual test timeout.
test('the admin shell, calendar and organisation pages pass axe', async ({ page }) => {
  await signIn(page, 'zhao.min')
  await expectAccessible(page)
  await page.goto('/admin/calendar')
  await expect(page.locator('.month').first()).toBeVisible()
  await expectAccessible(page)
  await page.goto('/admin/org')
  await expect(page.getByTestId('duties')).toBeVisible()
  await expect(page.getByTestId('leaders')).toBeVisible()
  await expectAccessible(page)
})

test('the admin inbox and notifications pass axe', async ({ page }) => {
  await signIn(page, 'zhao.min')
  await page.goto('/admin/inbox')
  await expect(page.getByRole('heading', { name: '待我处理' })).toBeVisible()
  await expectAccessible(page)
  await page.goto('/admin/inbox?tab=notifications')
  await expect(page.getByTestId('notifications')).toBeVisible()
  await expectAccessible(page)
})

test('the admin timeliness, site and forbidden pages pass axe', async ({ page }) => {
  await signIn(page, 'zhao.min')
  await page.goto('/admin/timeliness')
  await expect(page.getByTestId('timeliness-units')).toBeVisible()
  await expectAccessible(page)
  await page.goto('/admin/sites')
  await page.getByTestId('column-tree').getByText('政策文件').first().click()
  await expect(page.getByTestId('column-grants')).toBeVisible()
  await expectAccessible(page)
  await page.goto('/admin/audit')
  await expect(page.getByTestId('forbidden')).toBeVisible()
  await expectAccessible(page)
})

import { expect, test } from '@playwright/test'
import { menuTitles, signIn } from './support'

test('an editor signs in through Keycloak and sees their name, unit and menu', async ({ page }) => {
  await signIn(page, 'zhang.wei')
  await expect(page.getByTestId('user-name')).toHaveText('张伟')
  await expect(page.getByTestId('user-unit')).toHaveText('公路事业发展中心')
  expect(await menuTitles(page)).toEqual(['工作台', '待我处理', '信息管理', '发布时效', '栏目管理', '专题专栏', '链接备案', '管理人员备案', '征求意见', '在线访谈', '网上调查', '工作日历', '单位与职责'])
  await expect(page.getByRole('heading', { name: '信息发布时效（第十八条）' })).toBeVisible()

  await page.goto('/admin/audit')
  await expect(page.getByTestId('forbidden')).toContainText('403')

  await page.getByRole('button', { name: '退出登录' }).click()
  await page.waitForURL(/\/admin\/signed-out/)
  await expect(page.getByRole('heading', { name: '您已安全退出' })).toBeVisible()
})

test('the auditor must pass OTP and sees the audit log the editor cannot', async ({ page }) => {
  await signIn(page, 'audit.tester', 'TianshanTestOtpKey01')
  const menu = await menuTitles(page)
  expect(menu).toContain('审计日志')
  expect(menu).not.toContain('信息管理')
  await page.getByTestId('admin-menu').getByText('审计日志').click()
  await expect(page.getByTestId('audit-table')).toBeVisible()
  await expect(page.getByTestId('audit-table').locator('[title="auth.login"]').first()).toHaveText('登录')
  await page.getByTestId('verify').click()
  await expect(page.getByText(/哈希链完整/)).toBeVisible()
})

import { expect, test } from '@playwright/test'
import { as, expectAccessible } from './support'

/**
 * Art. 10 on the site: the site office revises the disclosure guide in the console and the public reads the new
 * revision; the catalogue lists disclosed items by index number and filters by category. (The demo department,
 * which the browser tests' backend loads, has a year of policy documents in 政策文件.)
 */
test('the site office revises the disclosure guide; the public reads it and browses the catalogue', async ({ browser }) => {
  const hours = `工作日 9:30—13:30，16:00—19:30（第 ${Date.now() % 1000} 次调整）`
  const office = await as(browser, 'sun.li')
  await office.goto('/admin/disclosure-guide')
  await expect(office.getByRole('heading', { name: '政府信息公开指南' })).toBeVisible()
  const fill = async (label: string, value: string) => {
    const box = office.getByLabel(label, { exact: true })
    if (!(await box.inputValue())) await box.fill(value)
  }
  await fill('主动公开的信息分类', '机构职能、政策文件、规划计划、财政资金等。')
  await fill('依申请公开的方式和流程', '在本网站“依申请公开”在线提交申请。')
  await fill('受理机构地址', '乌鲁木齐市天山区交通路 1 号')
  await office.getByLabel('办公时间', { exact: true }).fill(hours)
  await fill('联系电话', '0991-2810400')
  await fill('传真', '0991-2810499')
  await fill('网上申请或联系方式', '本网站“依申请公开”')
  await office.getByLabel('本次修改说明', { exact: true }).fill('调整办公时间')
  await office.getByRole('button', { name: '保存并发布' }).click()
  await expect(office.getByText('指南已更新')).toBeVisible()
  await office.context().close()

  const citizen = await (await browser.newContext()).newPage()
  await citizen.goto('/')
  await citizen.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '信息公开' }).click()
  await expect(citizen.getByTestId('guide-office')).toContainText(hours)
  await expectAccessible(citizen)
  await citizen.getByRole('link', { name: '政府信息公开目录' }).click()
  await expect(citizen.getByRole('heading', { name: '政府信息公开目录' })).toBeVisible()
  const rows = citizen.getByTestId('catalogue').locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  const select = citizen.getByTestId('catalogue-category')
  await expect(select.locator('option', { hasText: '政策文件' })).toHaveCount(1)
  await select.selectOption((await select.locator('option', { hasText: '政策文件' }).getAttribute('value')) ?? '')
  await citizen.getByRole('button', { name: '查询' }).click()
  await expect(rows.first().locator('td').nth(2)).toContainText('政策文件')
  await expect(rows.first().locator('td').first()).not.toBeEmpty()
  await expectAccessible(citizen)
  await citizen.context().close()
})

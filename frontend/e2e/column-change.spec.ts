import { expect, test } from '@playwright/test'
import { as, choose, expectAccessible } from './support'

test('a unit head asks for a new column; the site office and the technical department decide it from their inboxes', async ({ browser }) => {
  test.setTimeout(180_000)
  const stamp = Date.now().toString(36)
  const name = `行政执法公示${stamp}`

  const head = await as(browser, 'zhao.min')
  await head.goto('/admin/sites')
  await head.getByTestId('request-change').click()
  await head.getByTestId('change-name').fill(name)
  await head.getByTestId('change-code').fill(`xzzf-${stamp}`)
  await choose(head, '主管单位', '政策法规处')
  await choose(head, '上级栏目', '政务公开')
  await head.getByTestId('change-reason').fill('按照行政执法“三项制度”要求集中公示执法信息。')
  await head.getByTestId('change-submit').click()
  await head.waitForURL(/\/admin\/column-changes\/\d+$/)
  await expect(head.getByTestId('column-change-status')).toHaveText('审核中')
  await expect(head.getByTestId('waiting-for')).toContainText('孙丽')
  await expectAccessible(head)
  await head.context().close()

  for (const [username, opinion] of [
    ['sun.li', '同意设置该栏目'],
    ['zhou.tao', '已按申请完成栏目配置'],
  ]) {
    const reviewer = await as(browser, username)
    await reviewer.goto('/admin/inbox')
    const row = reviewer.getByTestId('inbox-table').locator('li', { hasText: name })
    await expect(row).toContainText('栏目调整')
    await row.getByTestId('inbox-action-approve').click()
    await reviewer.getByTestId('review-opinion').fill(opinion)
    await reviewer.getByTestId('review-confirm').click()
    await expect(reviewer.getByText('已同意').first()).toBeVisible()
    await expect(reviewer.getByTestId('review-round-1')).toContainText(opinion)
    if (username === 'zhou.tao') await expect(reviewer.getByTestId('column-change-status')).toHaveText('已执行')
    await expectAccessible(reviewer)
    await reviewer.context().close()
  }

  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto('/')
  await visitor.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '政务公开' }).click()
  await expect(visitor.getByRole('link', { name }).first()).toBeVisible()
})

import { expect, test } from '@playwright/test'
import { as, draft, submit } from './support'

test('a rejected article comes back to its author with the reason, in the inbox and on the bell', async ({ browser }) => {
  test.setTimeout(180_000)
  const title = `宣传教育中心开展交通安全进校园活动 ${Date.now()}`
  const reason = '活动时间与实际不符，请核实后再报。'

  const editor = await as(browser, 'ma.li')
  const articleId = await draft(editor, '新闻动态', title, '交通要闻', '近日，宣传教育中心走进乌鲁木齐市第一中学开展交通安全宣传。')
  await submit(editor)
  await editor.context().close()

  const head = await as(browser, 'xu.gang')
  await head.goto('/admin/inbox')
  await head.getByTestId('inbox-table').locator('li', { hasText: title }).getByTestId('inbox-action-reject').click()
  await expect(head.getByTestId('review-confirm')).toBeDisabled()
  await head.getByTestId('review-reason').fill(reason)
  await head.getByTestId('review-confirm').click()
  await expect(head.getByText('已退回').first()).toBeVisible()
  await head.context().close()

  const author = await as(browser, 'ma.li')
  await expect(author.getByTestId('bell')).toContainText(/\d/)
  await author.getByTestId('bell').click()
  const notification = author.getByTestId('notifications').locator('li', { hasText: title })
  await expect(notification).toContainText(reason)
  await expect(notification).toContainText('徐刚')
  await notification.locator('button').click()
  await author.waitForURL(new RegExp(`/admin/articles/${articleId}$`))
  await expect(author.getByTestId('article-status')).toContainText('已退回')
  await expect(author.getByTestId('review-round-1')).toContainText(reason)
})

import { expect, test } from '@playwright/test'
import { approveFromInbox, as, expectAccessible } from './support'

/**
 * A consultation end to end: a unit drafts it, its head (proofreading) and the site office (confidentiality) approve
 * it, a citizen comments (the browser solves the challenge), the unit shows the comment on the site.
 */
test('a unit publishes a draft for comment; a citizen comments and, once moderated, the comment is on the site', async ({ browser }) => {
  test.setTimeout(180_000)
  const title = `《城市公共汽电车客运管理办法（征求意见稿）》${Date.now() % 100000}`
  const remark = `建议夜间线路延长至二十三点 ${Date.now() % 1000}`

  const editor = await as(browser, 'li.na')
  await editor.goto('/admin/consultations')
  await editor.getByTestId('consultation-new').click()
  await editor.getByLabel('标题').fill(title)
  await editor.getByLabel('内容摘要').fill('现将办法征求意见稿全文公布，欢迎提出意见。')
  await editor.getByLabel('征求意见稿全文').fill('第一条　为规范城市公共汽电车客运管理……\n第二条　本办法适用于自治区城市公共汽电车客运。')
  await editor.getByTestId('consultation-submit').click()
  await expect(editor.getByTestId('consultation-status')).toContainText('审核中')
  await editor.waitForURL(/\/admin\/consultations\/\d+$/)
  const adminPath = new URL(editor.url()).pathname

  const head = await as(browser, 'zhao.min')
  await approveFromInbox(head, title, '已校对，同意')
  await head.context().close()
  const office = await as(browser, 'sun.li')
  await approveFromInbox(office, title, '已审查，同意发布')
  await office.context().close()

  const citizen = await (await browser.newContext()).newPage()
  await citizen.goto('/')
  await citizen.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '征求意见' }).click()
  await expect(citizen.getByRole('heading', { name: '征求意见', exact: true })).toBeVisible()
  await expectAccessible(citizen)
  await citizen.getByTestId('consultation-list').getByRole('link', { name: title }).click()
  await expect(citizen.getByTestId('consultation-phase')).toHaveText('征求意见中')
  await expectAccessible(citizen)
  await citizen.getByLabel('意见内容').fill('短')
  await citizen.getByTestId('comment-send').click()
  await expect(citizen.getByText('意见须为 5 至 3000 字')).toBeVisible({ timeout: 60_000 })
  await citizen.getByLabel('意见内容').fill(remark)
  await citizen.getByTestId('comment-send').click()
  await expect(citizen.getByTestId('comment-thanks')).toBeVisible({ timeout: 60_000 })
  const publicPath = new URL(citizen.url()).pathname

  await editor.goto(adminPath)
  const card = editor.locator('[data-testid^="comment-"]', { hasText: remark })
  await expect(card).toContainText('待审核')
  await card.getByRole('button', { name: '公开', exact: true }).click()
  await expect(card).toContainText('已公开')
  await editor.context().close()

  await citizen.goto(publicPath)
  await expect(citizen.getByRole('heading', { name: /公众意见/ })).toBeVisible()
  await expect(citizen.getByText(remark)).toBeVisible()
  await expectAccessible(citizen)
  await citizen.context().close()
})

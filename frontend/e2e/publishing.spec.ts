import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectAccessible, signIn } from './support'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, username)
  return page
}

/** Opens the item from the inbox and approves the waiting step with an opinion and the proofreading confirmation. */
async function approveFromInbox(page: Page, title: string, opinion: string) {
  await page.goto('/admin/inbox')
  await page.getByTestId('inbox-table').getByRole('link', { name: title }).click()
  await page.getByTestId('review-approve').click()
  await page.getByTestId('review-opinion').fill(opinion)
  await page.getByTestId('review-proofread').click()
  await page.getByTestId('review-confirm').click()
  await expect(page.getByText('已同意').first()).toBeVisible()
  await page.context().close()
}

test('an affiliated unit’s item passes unit head, related department, leader and confidentiality review, then is public', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const title = `关于做好冬季公路养护工作的通知 ${Date.now()}`
  const body = '各公路管理单位：入冬以来，请加强路面巡查，及时处置积雪结冰。'

  const editor = await as(browser, 'zhang.wei')
  await editor.goto('/admin/articles/new')
  await editor.getByTestId('article-kind').click()
  await editor.getByRole('option', { name: '政策文件', exact: true }).filter({ visible: true }).click()
  await editor.getByTestId('article-title').fill(title)
  await editor.getByTestId('article-document-number').fill('新交养〔2026〕8号')
  await editor.getByTestId('article-columns').first().click()
  await editor.keyboard.type('政策文件')
  await editor.getByRole('tree').getByText('政策文件', { exact: true }).click()
  await editor.keyboard.press('Escape')
  await editor.getByRole('textbox', { name: '正文' }).click()
  await editor.keyboard.type(body)
  await editor.getByTestId('article-save').click()
  await editor.waitForURL(/\/admin\/articles\/\d+$/)
  const articleId = Number(new URL(editor.url()).pathname.split('/').pop())
  await editor.getByTestId('attachment-input').setInputFiles({ name: '冬季养护方案.pdf', mimeType: 'application/pdf', buffer: PDF })
  await expect(editor.getByText('已上传 冬季养护方案.pdf')).toBeVisible()
  await editor.getByTestId('article-save').click()
  await expect(editor.getByText('已保存为第 2 版')).toBeVisible()
  await editor.getByTestId('article-submit').click()
  await expect(editor.getByTestId('article-status')).toContainText('审核中')
  await expectAccessible(editor)
  await editor.goto('/admin/articles')
  await expect(editor.getByTestId('articles-table')).toContainText(title)
  await expectAccessible(editor)
  await editor.context().close()

  await approveFromInbox(await as(browser, 'wang.qiang'), title, '同意报送（申请单位）')
  await approveFromInbox(await as(browser, 'liu.yang'), title, '政策法规处同意')
  await approveFromInbox(await as(browser, 'chen.jun'), title, '同意发布')

  const secrecy = await as(browser, 'wu.hua')
  await secrecy.goto(`/admin/articles/${articleId}`)
  await secrecy.getByTestId('staff-opinion').click()
  await secrecy.getByTestId('opinion-confirm').click()
  await expect(secrecy.getByText('意见已记录')).toBeVisible()
  await secrecy.context().close()

  const leader = await as(browser, 'chen.jun')
  await leader.goto(`/admin/articles/${articleId}`)
  await leader.getByTestId('leader-opinion').click()
  await leader.getByTestId('opinion-confirm').click()
  await expect(leader.getByTestId('confidentiality-panel')).toContainText('同意发布（先审查、后公开）')
  await leader.context().close()

  const office = await as(browser, 'sun.li')
  await office.goto('/admin/inbox')
  await expect(office.getByTestId('inbox-table')).toContainText(title)
  await expectAccessible(office)
  await office.getByTestId('inbox-table').getByRole('link', { name: title }).click()
  await expect(office.getByTestId('review-approve')).toBeEnabled()
  await office.getByTestId('review-approve').click()
  await office.getByTestId('review-opinion').fill('保密审查同意，准予发布')
  await office.getByTestId('review-proofread').click()
  await office.getByTestId('review-confirm').click()
  await expect(office.getByTestId('article-status')).toContainText('已发布')
  await office.context().close()

  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto('/')
  await visitor.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '政务公开' }).click()
  await visitor.getByRole('link', { name: '政策文件' }).first().click()
  await expect(visitor.getByTestId('column-articles')).toContainText(title)
  await expectAccessible(visitor)
  await visitor.getByTestId('column-articles').getByRole('link', { name: title }).click()
  await expect(visitor.getByTestId('public-article')).toContainText(body)
  await expect(visitor.getByTestId('public-article')).toContainText('新交养〔2026〕8号')
  await expect(visitor.getByRole('link', { name: '冬季养护方案.pdf' })).toBeVisible()
  await expect(visitor).toHaveURL(new RegExp(`/items/${articleId}$`))
  await expectAccessible(visitor)

  // What the national inspection's crawler gets: no JavaScript runs, the HTML is complete.
  const crawled = await request.get(`/items/${articleId}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; inspection-crawler)' } })
  expect(crawled.status()).toBe(200)
  const html = await crawled.text()
  expect(html).toContain(`<h1>${title}</h1>`)
  expect(html).toContain(body)
  expect(html).toContain('冬季养护方案.pdf')
})

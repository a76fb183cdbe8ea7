import { expect, test } from '@playwright/test'
import { approveFromInbox, as, draft, expectAccessible, PDF, submit } from './support'

test('what the editor has on screen — new text and a fresh upload, never saved — is what gets reviewed and published', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000)
  const title = `2026年冬季公路除雪保通工作安排 ${Date.now()}`
  const firstBody = '各公路管理单位：请做好除雪保通准备。'
  const addedText = '入冬以来，请加强路面巡查，及时处置积雪结冰。'

  const editor = await as(browser, 'zhang.wei')
  const articleId = await draft(editor, '通知公告', title, '公路建设与养护', firstBody)
  await editor.getByRole('textbox', { name: '正文' }).click()
  await editor.keyboard.press('End')
  await editor.keyboard.type(addedText)
  await editor.getByTestId('attachment-input').setInputFiles({ name: '除雪保通方案.pdf', mimeType: 'application/pdf', buffer: PDF })
  await expect(editor.getByText('已上传“除雪保通方案.pdf”')).toBeVisible()
  await expect(editor.getByTestId('unsaved')).toBeVisible()
  // 送审 without 保存: the page saves what is on screen, then shows the whole route to confirm.
  const route = await submit(editor)
  expect(route).toContain('王强')
  expect(route).toContain('陈军')
  await expect(editor.getByText('已保存为第 2 版')).toBeVisible()
  await expectAccessible(editor)
  await editor.context().close()

  await approveFromInbox(await as(browser, 'wang.qiang'), title, '同意报送')
  await approveFromInbox(await as(browser, 'chen.jun'), title, '同意发布')

  // The secrecy reviewer finds the 保密审查 duty in the inbox and fills it there.
  const secrecy = await as(browser, 'wu.hua')
  await secrecy.goto('/admin/inbox')
  const duty = secrecy.getByTestId('inbox-table').locator('li', { hasText: title })
  await expect(duty).toContainText('保密审查（附件5）')
  await expectAccessible(secrecy)
  await duty.getByTestId('inbox-action-staff-opinion').click()
  await secrecy.getByTestId('opinion-confirm').click()
  await expect(secrecy.getByText('保密审查意见已记录')).toBeVisible()
  await expect(secrecy.getByTestId('inbox-table').locator('li', { hasText: title })).toHaveCount(0)
  await secrecy.context().close()

  const leader = await as(browser, 'chen.jun')
  await leader.goto('/admin/inbox')
  await leader.getByTestId('inbox-table').locator('li', { hasText: title }).getByTestId('inbox-action-leader-opinion').click()
  await leader.getByTestId('opinion-confirm').click()
  await expect(leader.getByText('保密审查意见已记录')).toBeVisible()
  await leader.context().close()

  const office = await as(browser, 'sun.li')
  await office.goto(`/admin/articles/${articleId}`)
  await expect(office.getByTestId('article-read')).toContainText(addedText)
  await expect(office.getByTestId('confidentiality-panel')).toContainText('同意发布（先审查、后公开）')
  await approveFromInbox(office, title, '保密审查同意，准予发布')
  await expect(office.getByTestId('article-status')).toContainText('已发布')
  await office.goto(`/admin/articles/${articleId}/print/annex3`)
  await expect(office.getByTestId('annex3')).toContainText('王强')
  await expect(office.getByTestId('contact-mobile')).toContainText('13899100102')
  await expect(office.getByTestId('print')).toBeVisible()
  await office.context().close()

  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto(`/items/${articleId}`)
  await expect(visitor.getByTestId('public-article')).toContainText(addedText)
  await expect(visitor.getByRole('link', { name: '除雪保通方案.pdf' })).toBeVisible()
  await expect(visitor.getByTestId('article-source')).toContainText('来源：公路事业发展中心')
  await expect(visitor.getByText('发布机构：')).toHaveCount(1)
  await expect(visitor).toHaveTitle(new RegExp(`^${title}`))
  await expectAccessible(visitor)

  // What the national inspection's crawler gets: no JavaScript runs, the HTML is complete.
  const crawled = await request.get(`/items/${articleId}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; inspection-crawler)' } })
  expect(crawled.status()).toBe(200)
  const html = await crawled.text()
  expect(html).toContain(`<h1>${title}</h1>`)
  expect(html).toContain(addedText)
  expect(html).toContain('除雪保通方案.pdf')
})

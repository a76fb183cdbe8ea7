import { expect, test, type Page } from '@playwright/test'
import { as, draft, expectAccessible } from './support'

async function approveApplication(page: Page, name: string, opinion: string): Promise<void> {
  await page.goto('/admin/inbox')
  const row = page.getByTestId('inbox-table').locator('li', { hasText: name })
  await expect(row).toContainText('专题专栏申请')
  await row.getByTestId('inbox-action-approve').click()
  await page.waitForURL(/\/admin\/topic-column-applications\/\d+/)
  await page.getByTestId('review-opinion').fill(opinion)
  await page.getByTestId('review-confirm').click()
  await expect(page.getByText('已同意').first()).toBeVisible()
}

test('a unit applies for a topic column; its head, the technical department and the site office agree in the console; it is on the homepage', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const name = `交通强国试点专题${Date.now().toString(36)}`
  const ends = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10)

  const editor = await as(browser, 'zhang.wei')
  await editor.goto('/admin/topic-column-applications')
  await editor.getByTestId('topic-apply').click()
  await editor.getByTestId('topic-name').fill(name)
  await editor.getByTestId('add-inner').click()
  await editor.getByTestId('inner-name-0').fill('试点动态')
  await editor.getByTestId('topic-reason').fill('集中展示交通强国建设试点任务进展。')
  await editor.getByLabel('结束时间', { exact: true }).fill(ends)
  await editor.getByLabel('结束时间', { exact: true }).press('Enter')
  await editor.getByTestId('contact-name').fill('张伟')
  await editor.getByTestId('contact-phone').fill('0991-2810101')
  await editor.getByTestId('contact-mobile').fill('1389910010')
  await editor.getByTestId('topic-submit').click()
  await expect(editor.getByText('手机号码须为 11 位数字').first()).toBeVisible()
  await editor.getByTestId('contact-mobile').fill('13899100101')
  await editor.getByTestId('topic-submit').click()
  await editor.waitForURL(/\/admin\/topic-column-applications\/\d+$/)
  await expect(editor.getByTestId('topic-status')).toHaveText('审核中')
  await expect(editor.getByRole('status').first()).toContainText('王强')
  await expectAccessible(editor)
  const applicationUrl = editor.url()
  await editor.context().close()

  for (const [who, opinion] of [
    ['wang.qiang', '同意开设，由本单位信息员负责更新'],
    ['zhou.tao', '技术上可行'],
    ['sun.li', '同意开设'],
  ]) {
    const reviewer = await as(browser, who)
    await approveApplication(reviewer, name, opinion)
    await expect(reviewer.getByTestId('review-round-1')).toContainText(opinion)
    if (who === 'sun.li') {
      await expect(reviewer.getByTestId('topic-status')).toHaveText('已开设')
      await expectAccessible(reviewer)
    }
    await reviewer.context().close()
  }

  const printer = await as(browser, 'zhang.wei')
  await printer.goto(`${applicationUrl}/print`)
  const form = printer.getByTestId('annex2')
  await expect(form).toContainText(name)
  await expect(form).toContainText('王强')
  await expect(form).toContainText('周涛')
  await expect(form).toContainText('孙丽')
  await printer.context().close()

  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto('/')
  await visitor.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name }).click()
  await expect(visitor.getByRole('heading', { name, level: 1 })).toBeVisible()
  await expect(visitor.getByRole('link', { name: '试点动态' })).toBeVisible()
})

test('an editor pastes a link to an unregistered site and sees which link is refused and how to register it', async ({ browser }) => {
  test.setTimeout(120_000)
  const host = `svc${Date.now().toString(36)}.example.com`
  const editor = await as(browser, 'zhang.wei')
  await draft(editor, '通知公告', `电子证照查询服务上线 ${Date.now()}`, '公路建设与养护', '道路运输电子证照可在线查询。')
  await editor.getByRole('textbox', { name: '正文' }).click()
  await editor.keyboard.press('End')
  await editor.evaluate((html) => {
    const target = document.querySelector('.rte-body') as HTMLElement
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', '查询入口')
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, `<p>查询入口：<a href="https://www.mot.gov.cn/">交通运输部</a>、<a href="https://${host}/query">电子证照查询</a></p>`)
  await editor.getByTestId('article-save').click()
  const refused = editor.getByTestId('refused-links')
  await expect(refused).toContainText(`https://${host}/query`)
  await expect(refused).toContainText('电子证照查询')
  await expect(refused).not.toContainText('www.mot.gov.cn')
  await expectAccessible(editor)

  const [registration] = await Promise.all([editor.context().waitForEvent('page'), refused.getByTestId('register-link').click()])
  await registration.waitForLoadState()
  await expect(registration.getByTestId('link-url')).toHaveValue(`https://${host}/query`)
  await registration.getByTestId('link-system-name').fill('道路运输电子证照查询系统')
  await registration.getByTestId('link-introduction').fill('道路运输从业人员电子证照查询')
  await registration.getByTestId('link-contact-name').fill('张伟')
  await registration.getByTestId('link-contact-phone').fill('0991-2810101')
  await registration.getByTestId('link-contact-mobile').fill('13899100101')
  await registration.getByTestId('link-submit').click()
  await registration.waitForURL(/\/admin\/link-registrations\/\d+$/)
  await expect(registration.getByTestId('link-status')).toHaveText('待审核')
  await expect(registration.getByRole('status').first()).toContainText('王强')
  await editor.context().close()
})

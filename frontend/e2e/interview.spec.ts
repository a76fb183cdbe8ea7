import { expect, test } from '@playwright/test'
import { approveFromInbox, as, expectAccessible } from './support'

// A 1×1 grey PNG: a guest's photo, typed by its bytes on the server.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64')

const shanghai = (ms: number) => new Date(ms).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 19)

/**
 * An online interview live: a unit announces it, its head and the site office approve, a citizen asks a question
 * (the browser solves the challenge), the moderator accepts it and enters the guest's answer, and the answer appears
 * on the citizen's open page without a reload.
 */
test('a citizen asks, the moderator accepts, and the guest’s answer appears on the open page without a reload', async ({ browser }) => {
  test.setTimeout(180_000)
  const title = `网约车规范管理在线访谈 ${Date.now() % 100000}`
  const asked = `网约车驾驶员证考试多久出成绩？${Date.now() % 1000}`
  const answer = '考试结束后 5 个工作日内可在政务服务网查询成绩。'

  const editor = await as(browser, 'li.na')
  await editor.goto('/admin/interviews/new')
  await editor.getByLabel('访谈主题').fill(title)
  await editor.getByLabel('访谈简介').fill('运输服务处负责人回答网友关于网约车的提问。')
  for (const [label, at] of [['开始时间', Date.now() - 5 * 60_000], ['结束时间', Date.now() + 2 * 3600_000]] as const) {
    const picker = editor.getByLabel(label, { exact: true })
    await picker.fill(shanghai(at))
    await picker.press('Enter')
  }
  await editor.getByLabel('嘉宾 1 姓名').fill('王建国')
  await editor.getByLabel('嘉宾 1 职务').fill('运输服务处处长')
  await editor.getByRole('button', { name: '保存', exact: true }).click()
  await editor.waitForURL(/\/admin\/interviews\/\d+$/)
  await editor.getByTestId('guest-photo-input').setInputFiles({ name: '王建国.png', mimeType: 'image/png', buffer: PNG })
  await expect(editor.getByRole('img', { name: '王建国的照片' })).toBeVisible()
  await editor.getByTestId('interview-submit').click()
  await expect(editor.getByTestId('interview-status')).toContainText('审核中')
  await editor.waitForURL(/\/admin\/interviews\/\d+$/)
  const adminPath = new URL(editor.url()).pathname

  const head = await as(browser, 'zhao.min')
  await approveFromInbox(head, title, '同意')
  await head.context().close()
  const office = await as(browser, 'sun.li')
  await approveFromInbox(office, title, '同意发布')
  await office.context().close()

  const citizen = await (await browser.newContext()).newPage()
  await citizen.goto('/')
  await citizen.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '在线访谈' }).click()
  await expectAccessible(citizen)
  await citizen.getByTestId('interview-list').getByRole('link', { name: title }).click()
  await expect(citizen.getByTestId('interview-phase')).toHaveText('正在直播')
  await expect(citizen.getByRole('img', { name: '王建国' })).toBeVisible()
  await expect(citizen.getByTestId('interview-live')).toBeVisible()
  await expectAccessible(citizen)
  await citizen.getByLabel('问题', { exact: true }).fill(asked)
  await citizen.getByTestId('question-send').click()
  await expect(citizen.getByTestId('question-thanks')).toBeVisible({ timeout: 60_000 })

  await editor.goto(adminPath)
  const card = editor.locator('[data-testid^="pending-"]', { hasText: asked })
  await card.getByTestId('question-accept').click()
  const running = editor.locator('[data-testid^="running-"]', { hasText: asked })
  await expect(running).toContainText('第 1 问')
  await expect(citizen.getByTestId('interview-questions')).toContainText(asked)
  await running.getByTestId('answer-text').fill(answer)
  await running.getByTestId('answer-send').click()
  await expect(running).toContainText(answer)
  await editor.context().close()

  await expect(citizen.getByTestId('interview-questions').getByTestId('answer')).toContainText(answer, { timeout: 5_000 })
  await expectAccessible(citizen)
  await citizen.context().close()
})

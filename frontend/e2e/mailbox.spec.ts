import { expect, test } from '@playwright/test'
import { approveFromInbox, as, choose, expectAccessible } from './support'

/**
 * The leader mailbox end to end: a citizen writes (the browser solves the challenge), the technical department
 * dispatches, the unit's handler drafts, its head approves, the citizen reads the reply with code and password and
 * rates it, and the letter appears on the site with the writer's personal data masked.
 */
test('a letter travels from the citizen through dispatch, reply and approval back to the citizen and onto the site', async ({ browser }) => {
  const subject = `国道收费站拥堵 ${Date.now() % 100000}`
  const citizen = await (await browser.newContext()).newPage()
  await citizen.goto('/mailbox')
  await citizen.getByTestId('mailbox-write-link').click()
  await expect(citizen.getByRole('heading', { name: '给领导写信' })).toBeVisible()
  await expectAccessible(citizen)
  await citizen.getByLabel('投诉').check()
  await citizen.getByLabel('标题', { exact: true }).fill(subject)
  await citizen.getByLabel('来信内容', { exact: true }).fill(
    `我叫赵大海，每天经乌鲁木齐东收费站通勤，早高峰排队超过四十分钟，车牌新A·88K66，手机 13700001111。${subject}，希望增开人工通道。`,
  )
  await citizen.getByLabel('姓名', { exact: true }).fill('赵大海')
  await citizen.getByLabel('联系电话').fill('13700001111')
  await citizen.getByLabel('设置查询密码').fill('my-letter-1')
  await citizen.getByLabel('再次输入查询密码').fill('my-letter-1')
  await citizen.getByTestId('consent').check()
  await citizen.getByTestId('mailbox-send').click()
  const code = (await citizen.getByTestId('tracking-code').textContent({ timeout: 60_000 }))?.trim() ?? ''
  expect(code).toMatch(/^XX[2-9A-Z]{10}$/)

  const tech = await as(browser, 'zhou.tao')
  await tech.goto('/admin/mailbox-messages')
  await tech.getByTestId('letters').getByRole('link', { name: subject }).click()
  await expect(tech.getByTestId('letter-status')).toHaveText('待转办')
  const letterPath = new URL(tech.url()).pathname
  await choose(tech, '承办单位', '安全监督处')
  await tech.getByTestId('dispatch').click()
  await expect(tech.getByTestId('letter-status')).toHaveText('办理中')
  await tech.context().close()

  const handler = await as(browser, 'zheng.hao')
  await handler.goto(letterPath)
  await expect(handler.getByText('13700001111').first()).toBeVisible()
  await handler.getByTestId('reply-text').fill('您好！我处已协调收费站自下周一起早高峰增开两条人工通道，感谢您的建议。')
  await handler.getByTestId('reply-submit').click()
  await handler.getByRole('button', { name: '送审' }).click()
  await expect(handler.getByTestId('letter-status')).toHaveText('答复审核中')

  const head = await as(browser, 'song.yu')
  await approveFromInbox(head, subject, '同意答复')
  await head.context().close()

  await citizen.goto('/mailbox/track')
  await citizen.getByLabel('查询码').fill(code.toLowerCase())
  await citizen.getByLabel('查询密码').fill('my-letter-1')
  await citizen.getByTestId('track-submit').click()
  await expect(citizen.getByTestId('track-status')).toHaveText('已答复')
  await expect(citizen.getByTestId('track-reply')).toContainText('增开两条人工通道')
  await citizen.getByLabel('满意', { exact: true }).check()
  await citizen.getByTestId('rate-submit').click()
  await expect(citizen.getByTestId('track-status')).toHaveText('已办结')
  await expectAccessible(citizen)

  await handler.reload()
  const panel = handler.getByTestId('publish-panel')
  await expect(panel.getByLabel('公开的来信内容')).toHaveValue(/137\*\*\*\*1111/)
  await panel.getByTestId('publish-reviewed').click()
  await panel.getByTestId('publish').click()
  await expect(handler.getByText('已在网站公开')).toBeVisible()
  await handler.context().close()

  await citizen.goto('/mailbox')
  const published = citizen.getByTestId('public-letter').filter({ hasText: subject })
  await expect(published).toContainText('137****1111')
  await expect(published).toContainText('安全监督处')
  await expect(published).not.toContainText('13700001111')
  await expect(published).not.toContainText('赵大海')
  await expect(published).not.toContainText('88K66')
  await expectAccessible(citizen)
  await citizen.context().close()
})

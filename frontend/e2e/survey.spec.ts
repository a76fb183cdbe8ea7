import { expect, test } from '@playwright/test'
import { approveFromInbox, as, expectAccessible } from './support'

/**
 * An online survey end to end: a unit's editor drafts it in the console, its head and the site office approve it
 * from their inboxes, a citizen answers it on the site (the browser solves the challenge) and sees the chart.
 */
test('a unit publishes a survey through review; a citizen answers it and sees the chart of results', async ({ browser }) => {
  test.setTimeout(180_000)
  const title = `农村客运班线服务调查 ${Date.now() % 100000}`

  const editor = await as(browser, 'li.na')
  await editor.goto('/admin/surveys')
  await editor.getByTestId('survey-new').click()
  await editor.getByTestId('survey-title').fill(title)
  await editor.getByTestId('survey-description').fill('了解农村客运班线的服务情况，为优化班次提供参考。')
  await editor.getByText('调查期间即可查看').click()
  const first = editor.getByTestId('survey-question-0')
  await first.getByLabel('第 1 题题目').fill('您乘坐农村客运班线的频率是？')
  await first.getByLabel('第 1 题选项 1').fill('每天')
  await first.getByLabel('第 1 题选项 2').fill('每周')
  await first.getByRole('button', { name: '添加选项' }).click()
  await first.getByLabel('第 1 题选项 3').fill('很少')
  await editor.getByTestId('survey-submit').click()
  await expect(editor.getByTestId('survey-status')).toContainText('审核中')
  await editor.context().close()

  const head = await as(browser, 'zhao.min')
  await approveFromInbox(head, title, '同意发布')
  await head.context().close()
  const office = await as(browser, 'sun.li')
  await approveFromInbox(office, title, '同意发布')
  await expect(office.getByTestId('survey-status')).toContainText('已发布')
  await office.context().close()

  const citizen = await (await browser.newContext()).newPage()
  await citizen.goto('/')
  await citizen.getByRole('navigation', { name: '网站主导航' }).getByRole('link', { name: '网上调查' }).click()
  await expect(citizen.getByRole('heading', { name: '网上调查' })).toBeVisible()
  await expectAccessible(citizen)
  await citizen.getByTestId('survey-list').getByRole('link', { name: title }).click()
  await expect(citizen.getByRole('heading', { name: title })).toBeVisible()
  await expectAccessible(citizen)
  await citizen.getByTestId('survey-submit').click()
  await expect(citizen.getByText('第 1 题为必答题')).toBeVisible()
  await citizen.getByRole('radio', { name: '每周' }).check()
  await citizen.getByTestId('survey-submit').click()
  await expect(citizen.getByTestId('survey-thanks')).toBeVisible({ timeout: 60_000 })
  const results = citizen.getByTestId('survey-results')
  await expect(results).toContainText('共 1 份答卷')
  await expect(results.getByRole('row', { name: /每周/ })).toContainText('100%')
  await expect(results.getByTestId('survey-chart').locator('svg')).toBeVisible()
  await expectAccessible(citizen)

  await citizen.reload()
  await expect(citizen.getByText('您已参加过本次调查')).toBeVisible()
  await expect(citizen.getByTestId('survey-form')).toHaveCount(0)
  await citizen.context().close()
})

import { expect, test, type APIRequestContext } from '@playwright/test'
import { as, draft, expectAccessible, submit } from './support'

interface ColumnNode {
  id: number
  code: string
  children: ColumnNode[]
}

async function guidesColumn(request: APIRequestContext): Promise<number> {
  const find = (nodes: ColumnNode[]): ColumnNode | undefined =>
    nodes.find((n) => n.code === 'bszn') ?? nodes.map((n) => find(n.children)).find(Boolean)
  const tree = (await (await request.get('/api/public/sites/main/columns')).json()) as ColumnNode[]
  return Number(find(tree)?.id)
}

/**
 * Art. 11: an editor drafts a service guide, is told at 送审 which elements inspectors check are still missing, fills
 * them and submits; a citizen reads a published guide with its elements, forms and online link (the demo
 * department, which the browser tests' backend loads, has published guides in 办事指南).
 */
test('a service guide cannot go to review without every element; the public reads every element and its forms', async ({ browser, request }) => {
  const title = `道路货物运输经营许可办事指南 ${Date.now()}`
  const editor = await as(browser, 'li.na')
  await draft(editor, '办事指南', title, '办事指南', '为方便申请人办理道路货物运输经营许可，特制定本指南。')
  await editor.getByTestId('guide-itemName').fill('道路货物运输经营许可')
  await editor.getByTestId('guide-phone').fill('0991-5550123、12328')
  await editor.getByTestId('article-submit').click()
  await expect(editor.getByText('办事指南缺少8项要素：设定依据、申请条件、申请材料、办理地点、办理机构、收费标准、办理时限、办理流程')).toBeVisible()
  await expect(editor.getByTestId('service-guide').getByText('请填写设定依据')).toBeVisible()
  await expect(editor.getByTestId('submit-route')).toHaveCount(0)

  await editor.getByTestId('guide-legalBasis').fill('《中华人民共和国道路运输条例》第二十四条')
  await editor.getByTestId('guide-conditions').fill('有与其经营业务相适应并经检测合格的车辆')
  await editor.getByTestId('guide-materials').fill('道路货物运输经营申请表（原件1份）')
  await editor.getByTestId('guide-place').fill('自治区政务服务大厅交通运输窗口')
  await editor.getByTestId('guide-handlingBody').fill('各地（州、市）交通运输主管部门')
  await editor.getByTestId('guide-fees').fill('不收费')
  await editor.getByTestId('guide-timeLimit').fill('法定20个工作日')
  await editor.getByTestId('guide-procedure').fill('申请\n受理\n审查\n决定')
  await submit(editor)
  await expectAccessible(editor)
  await editor.context().close()

  const column = await guidesColumn(request)
  const citizen = await (await browser.newContext()).newPage()
  await citizen.goto(`/columns/${column}`)
  await citizen.getByRole('link', { name: '道路旅客运输经营许可办事指南' }).first().click()
  const guide = citizen.getByTestId('public-guide')
  await expect(guide.getByRole('row', { name: /设定依据/ })).toContainText('《中华人民共和国道路运输条例》')
  await expect(guide.getByRole('row', { name: /收费标准/ })).toContainText('不收费')
  await expect(guide.getByRole('link', { name: '在线办理' })).toHaveAttribute('href', /^https:\/\/zwfw\.xinjiang\.gov\.cn\//)
  await expect(citizen.getByRole('heading', { name: '表格下载' })).toBeVisible()
  await expectAccessible(citizen)
  await citizen.context().close()
})

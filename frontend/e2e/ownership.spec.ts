import { expect, test } from '@playwright/test'
import { approveFromInbox, as, choose, draft, pickColumn, submit } from './support'

test('an editor cannot publish into another department’s column without that department’s approval', async ({ browser }) => {
  test.setTimeout(180_000)
  // 政策法规处's editor is offered only the columns her unit owns or was granted: not 公路建设与养护.
  const other = await as(browser, 'li.na')
  await other.goto('/admin/articles/new')
  await other.getByTestId('article-columns').click()
  await expect(other.locator('.column-picker-popper').getByRole('option', { name: /政策文件/ }).first()).toBeVisible()
  await expect(other.locator('.column-picker-popper').getByRole('option', { name: /公路建设与养护/ })).toHaveCount(0)
  await other.context().close()

  // 公路事业发展中心 is granted 政策文件 (政策法规处's column): its article must pass 政策法规处.
  const title = `公路养护工程计划管理规定 ${Date.now()}`
  const editor = await as(browser, 'zhang.wei')
  await draft(editor, '通知公告', title, '公路建设与养护', '为规范公路养护工程计划管理，制定本规定。')
  await choose(editor, '信息类别', '政策文件')
  await editor.getByTestId('article-document-number').fill('新交养〔2026〕9号')
  await editor.getByTestId('article-columns').locator('.el-tag__close').first().click()
  await pickColumn(editor, '政策文件')
  const route = await submit(editor)
  expect(route).toContain('厅相关处室（栏目主管单位）意见：刘洋')
  await editor.context().close()

  await approveFromInbox(await as(browser, 'wang.qiang'), title, '同意报送')

  const office = await as(browser, 'sun.li')
  await office.goto('/admin/inbox')
  await expect(office.getByTestId('inbox-table')).not.toContainText(title)
  await office.goto('/admin/articles')
  await office.getByRole('textbox', { name: '标题或文号' }).fill(title)
  await office.keyboard.press('Enter')
  await office.getByTestId('articles-table').getByRole('link', { name: title }).click()
  await expect(office.getByTestId('waiting-for')).toContainText('刘洋')
  await expect(office.getByTestId('article-status')).toContainText('审核中')
  await office.context().close()

  const owner = await as(browser, 'liu.yang')
  await owner.goto('/admin/inbox')
  await expect(owner.getByTestId('inbox-table').locator('li', { hasText: title })).toContainText('厅相关处室（栏目主管单位）意见')
})

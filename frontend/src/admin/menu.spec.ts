import { describe, expect, it } from 'vitest'
import { mayOpen, visibleMenu } from './menu'

describe('visibleMenu', () => {
  it('shows an editor the content pages but not the audit log or the chains', () => {
    expect(visibleMenu(['editor']).map((m) => m.title)).toEqual(['工作台', '待我处理', '信息管理', '发布时效', '栏目管理', '专题专栏', '链接备案', '管理人员备案', '征求意见', '在线访谈', '网上调查', '工作日历', '单位与职责'])
  })

  it('shows an administrator no content page', () => {
    expect(visibleMenu(['auditor']).map((m) => m.title)).toEqual(['工作台', '工作日历', '单位与职责', '审计日志'])
  })

  it('shows the auditor the audit log', () => {
    expect(visibleMenu(['auditor']).map((m) => m.title)).toContain('审计日志')
  })
})

describe('mayOpen', () => {
  it('opens pages without a role requirement to everyone signed in', () => {
    expect(mayOpen(undefined, [])).toBe(true)
    expect(mayOpen([], ['editor'])).toBe(true)
  })

  it('requires one of the listed roles', () => {
    expect(mayOpen(['auditor'], ['editor', 'site-office'])).toBe(false)
    expect(mayOpen(['auditor', 'security-admin'], ['security-admin'])).toBe(true)
  })
})

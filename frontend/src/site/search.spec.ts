import { describe, expect, it } from 'vitest'
import { searchQuery } from './search'

describe('searchQuery', () => {
  it('keeps only filled fields and leaves the default order out', () => {
    expect(searchQuery({ q: ' 公路养护 ', column: '', unit: 'XJZX', kind: '', from: '2026-01-01', to: '', sort: 'relevance' })).toEqual({
      q: '公路养护',
      unit: 'XJZX',
      from: '2026-01-01',
    })
  })

  it('carries a chosen order', () => {
    expect(searchQuery({ q: '通知', column: '12', unit: '', kind: 'NOTICE', from: '', to: '', sort: 'date' })).toEqual({
      q: '通知',
      column: '12',
      kind: 'NOTICE',
      sort: 'date',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { bodyText, compareRevisions } from './revisionDiff'
import type { RevisionView } from './articleForm'

const base = {
  id: 1,
  number: 1,
  kind: 'NOTICE',
  title: '关于做好假期安全工作的通知',
  body: '<p>各单位：请做好安全工作。</p>',
  columnIds: [4],
  attachmentIds: [],
  important: false,
  infoDate: '2026-11-27',
} as unknown as RevisionView

describe('compareRevisions', () => {
  it('reports only changed fields, character by character', () => {
    const newer = { ...base, number: 2, title: '关于做好国庆假期安全工作的通知' } as RevisionView
    const changes = compareRevisions(base, newer)
    expect(changes.map((c) => c.label)).toEqual(['标题'])
    expect(changes[0].segments.filter((s) => s.change === 'added').map((s) => s.text).join('')).toBe('国庆')
  })

  it('compares the body as text, not markup', () => {
    const newer = { ...base, body: '<p>各单位：<strong>请</strong>做好安全工作。</p><p>特此通知。</p>' } as RevisionView
    const body = compareRevisions(base, newer).find((c) => c.field === 'body')!
    expect(body.segments.filter((s) => s.change === 'added').map((s) => s.text).join('')).toContain('特此通知')
    expect(body.segments.some((s) => s.text.includes('<strong>'))).toBe(false)
  })

  it('puts paragraphs on their own lines', () => {
    expect(bodyText('<p>一</p><p>二</p>')).toBe('一\n二')
  })
})

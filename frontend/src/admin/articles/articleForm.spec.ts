import { describe, expect, it } from 'vitest'
import { differsFrom, emptyForm, errorsByField, fromRevision, toCommand, type RevisionView } from './articleForm'

describe('toCommand', () => {
  it('trims text and leaves empty optional fields out', () => {
    const form = { ...emptyForm('2026-11-27'), title: '  通知  ', summary: '  ', columnIds: [4] }
    const command = toCommand(form, 3)
    expect(command.title).toBe('通知')
    expect(command.summary).toBeUndefined()
    expect(command.baseRevision).toBe(3)
  })

  it('sends policy fields only for policies and the source only for reprints', () => {
    const news = toCommand({ ...emptyForm('2026-11-27'), documentNumber: '新交发〔2026〕1号', sourceName: '人民日报' })
    expect(news.validity).toBeUndefined()
    expect(news.sourceName).toBeUndefined()
    const policy = toCommand({ ...emptyForm('2026-11-27'), kind: 'POLICY', origin: 'REPRINT', sourceName: '交通运输部' })
    expect(policy.validity).toBe('CURRENT')
    expect(policy.sourceName).toBe('交通运输部')
  })

  it('sends a guide only for service guides, trimmed, without empty elements, and none when nothing is filled in', () => {
    const guide = { ...emptyForm('2026-11-27').guide, itemName: '  道路旅客运输经营许可 ', fees: '不收费' }
    expect(toCommand({ ...emptyForm('2026-11-27'), kind: 'NOTICE', guide }).guide).toBeUndefined()
    expect(toCommand({ ...emptyForm('2026-11-27'), kind: 'SERVICE_GUIDE', guide }).guide).toEqual({ itemName: '道路旅客运输经营许可', fees: '不收费' })
    expect(toCommand({ ...emptyForm('2026-11-27'), kind: 'SERVICE_GUIDE' }).guide).toBeUndefined()
  })

  it('sees an unsaved guide element as a change', () => {
    const saved = { ...toCommand({ ...emptyForm('2026-11-27'), kind: 'SERVICE_GUIDE' }), number: 1 } as unknown as RevisionView
    const form = fromRevision(saved)
    expect(differsFrom(form, saved)).toBe(false)
    form.guide.phone = '12328'
    expect(differsFrom(form, saved)).toBe(true)
  })
})

describe('errorsByField', () => {
  it('groups problem errors by field, folding list indexes', () => {
    expect(
      errorsByField([
        { field: 'columnIds[1]', message: 'no active column 9' },
        { field: 'title', message: 'must not be blank' },
      ]),
    ).toEqual({ columnIds: 'no active column 9', title: 'must not be blank' })
  })
})

describe('differsFrom', () => {
  const saved: RevisionView = {
    kind: 'NEWS',
    title: '通知',
    body: '<p>正文</p>',
    columnIds: [4],
    origin: 'ORIGINAL',
    publicationForm: 'WEBSITE',
    infoDate: '2026-11-27',
    important: false,
    attachmentIds: [7],
  }

  it('sees no change in the form just loaded from a revision, and sees an added attachment or edited text', () => {
    const form = fromRevision(saved)
    expect(differsFrom(form, saved)).toBe(false)
    expect(differsFrom({ ...form, attachmentIds: [7, 8] }, saved)).toBe(true)
    expect(differsFrom({ ...form, body: '<p>新正文</p>' }, saved)).toBe(true)
    expect(differsFrom(form, null)).toBe(true)
  })
})

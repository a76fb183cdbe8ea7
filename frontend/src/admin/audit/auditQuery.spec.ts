import { describe, expect, it } from 'vitest'
import { auditQuery } from './auditQuery'

describe('auditQuery', () => {
  it('sends only the criteria that were filled in, trimmed', () => {
    expect(auditQuery({ range: null, username: ' sun.li ', unit: '', action: 'calendar.', outcome: '' })).toEqual({
      username: 'sun.li',
      action: 'calendar.',
    })
  })

  it('sends a time range as from and to', () => {
    expect(
      auditQuery({ range: ['2026-01-01T00:00:00', '2026-02-01T00:00:00'], username: '', unit: 'BGS', action: '', outcome: 'FAILURE' }),
    ).toEqual({ from: '2026-01-01T00:00:00', to: '2026-02-01T00:00:00', unit: 'BGS', outcome: 'FAILURE' })
  })
})

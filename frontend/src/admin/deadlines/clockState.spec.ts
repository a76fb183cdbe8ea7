import { describe, expect, it } from 'vitest'
import { countdown, stateTag } from './clockState'

describe('clock state', () => {
  it('colours by state', () => {
    expect(stateTag('ON_TIME')).toBe('success')
    expect(stateTag('DUE_SOON')).toBe('warning')
    expect(stateTag('LONG_OVERDUE')).toBe('danger')
    expect(stateTag('PAUSED')).toBe('info')
  })

  it('counts down in working days', () => {
    expect(countdown('ON_TIME', 3)).toBe('剩 3 个工作日')
    expect(countdown('DUE_SOON', 0)).toBe('今天到期')
    expect(countdown('OVERDUE', -2)).toBe('超期 2 个工作日')
    expect(countdown('DONE_LATE', -1)).toBe('超期 1 个工作日办结')
    expect(countdown('PAUSED', 4)).toBe('暂停计时')
  })
})

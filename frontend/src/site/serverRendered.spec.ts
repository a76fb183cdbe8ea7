import { beforeEach, describe, expect, it, vi } from 'vitest'
import { holdServerRendering, resetServerRendering, whenContentIsReady } from './serverRendered'

describe('hand-over from the server-rendered page to the app', () => {
  beforeEach(() => {
    resetServerRendering()
    vi.useFakeTimers()
  })

  it('waits for every page that holds it, then swaps once', () => {
    const swap = vi.fn()
    const article = holdServerRendering()
    const navigation = holdServerRendering()
    whenContentIsReady(swap, 3000)
    article()
    expect(swap).not.toHaveBeenCalled()
    navigation()
    navigation()
    expect(swap).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5000)
    expect(swap).toHaveBeenCalledTimes(1)
  })

  it('swaps at once when nothing holds it, and after the patience when a fetch never ends', () => {
    const immediate = vi.fn()
    whenContentIsReady(immediate, 3000)
    expect(immediate).toHaveBeenCalledTimes(1)

    resetServerRendering()
    const stuck = vi.fn()
    holdServerRendering()
    whenContentIsReady(stuck, 3000)
    vi.advanceTimersByTime(2999)
    expect(stuck).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(stuck).toHaveBeenCalledTimes(1)
  })

  it('lets pages after the hand-over hold nothing', () => {
    const swap = vi.fn()
    whenContentIsReady(swap, 3000)
    const release = holdServerRendering()
    release()
    expect(swap).toHaveBeenCalledTimes(1)
  })
})

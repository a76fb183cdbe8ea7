import { describe, expect, it } from 'vitest'
import { describeProblem, isProblem, toProblem } from './problem'

describe('problem details', () => {
  it('names every offending field and the request id', () => {
    const text = describeProblem({
      type: 'https://tianshan.cn/problems/validation',
      title: '输入有误',
      status: 400,
      detail: 'Invalid input',
      requestId: 'abc-123',
      errors: [
        { field: 'holidays[1].to', message: 'ends before it starts' },
        { field: 'year', message: 'must be between 2000 and 2100' },
      ],
    })
    expect(text).toBe('输入有误：holidays[1].to：ends before it starts；year：must be between 2000 and 2100（请求编号 abc-123）')
  })

  it('falls back to the detail without field errors', () => {
    expect(describeProblem({ type: 't', title: '无权操作', status: 403, detail: 'Requires site-office' })).toBe('无权操作：Requires site-office')
  })

  it('recognises problems and wraps anything else', () => {
    expect(isProblem({ status: 404, title: '未找到' })).toBe(true)
    expect(isProblem('oops')).toBe(false)
    expect(toProblem(null, 502).status).toBe(502)
  })
})

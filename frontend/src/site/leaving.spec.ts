import { describe, expect, it } from 'vitest'
import { leavesFor } from './leaving'

const here = 'http://localhost:8080/items/1'
const gov = ['gov.cn']

describe('leavesFor', () => {
  it('lets readers go to government sites and around this site without a notice', () => {
    expect(leavesFor('https://www.mot.gov.cn/x', here, gov, [])).toBeNull()
    expect(leavesFor('HTTPS://WWW.GOV.CN./', here, gov, [])).toBeNull()
    expect(leavesFor('/columns/3', here, gov, [])).toBeNull()
    expect(leavesFor('mailto:a@b.cn', here, gov, [])).toBeNull()
    expect(leavesFor('https://www.12306.cn/', here, gov, ['www.12306.cn'])).toBeNull()
  })

  it('names the host of a non-government site, judged on the parsed host', () => {
    expect(leavesFor('https://gov.cn.example.com/', here, gov, [])).toBe('gov.cn.example.com')
    expect(leavesFor('https://user@gov.cn@evil.com/', here, gov, [])).toBe('evil.com')
    expect(leavesFor('https://example.com/gov.cn', here, gov, [])).toBe('example.com')
  })
})

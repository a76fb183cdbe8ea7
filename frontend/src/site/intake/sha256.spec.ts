import { describe, expect, it } from 'vitest'
import { leadingZeroBits, sha256, solve } from './sha256'

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

describe('sha256', () => {
  it('matches Web Crypto for short, block-sized and Chinese input', async () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'b'.repeat(130), '领导信箱:12345']) {
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
      expect(hex(sha256(text))).toBe(hex(expected))
    }
  })

  it('finds a solution the server will accept', async () => {
    const n = solve('0123456789abcdef0123456789abcdef', 10)
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`0123456789abcdef0123456789abcdef:${n}`))
    expect(leadingZeroBits(new Uint8Array(digest), 10)).toBe(true)
    expect(n).toBeGreaterThanOrEqual(0)
  })
})

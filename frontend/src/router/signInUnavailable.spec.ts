import { describe, expect, test, vi } from 'vitest'

vi.mock('@/auth/session', () => ({
  restoreSession: async () => false,
  login: async () => {
    throw new TypeError('Failed to fetch')
  },
  roleNames: () => [],
  session: { me: null },
}))
vi.mock('@/admin/me', () => ({ loadMe: async () => 'ok' }))

describe('the console when Keycloak cannot be reached', () => {
  test('a visitor who must sign in is told that sign-in is unavailable, with the way back', async () => {
    const { router } = await import('./index')
    await router.push('/admin/articles')
    expect(router.currentRoute.value.name).toBe('sign-in-unavailable')
    expect(router.currentRoute.value.query.from).toBe('/admin/articles')
  })
})

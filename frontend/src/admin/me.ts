import { api } from '@/api/client'
import { session } from '@/auth/session'

/** Loads /api/me into the session; 'forbidden' when the account has no staff role (e.g. only integration). */
export async function loadMe(): Promise<'ok' | 'forbidden'> {
  const { data, response } = await api.GET('/api/me')
  if (response.status === 403) return 'forbidden'
  if (!response.ok || !data) throw new Error(`/api/me answered ${response.status}`)
  session.me = data
  return 'ok'
}

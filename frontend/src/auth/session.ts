import { reactive } from 'vue'
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import type { components } from '@/api/schema'
import { registerTokenSource } from './token'

export type Me = components['schemas']['MeView']

/** The signed-in user: the OIDC session (tokens) and what the API says about them (unit, roles, duties). */
export const session = reactive({
  user: null as User | null,
  me: null as Me | null,
})

interface ClientConfig {
  oidcIssuer: string
  oidcClientId: string
}

let manager: Promise<UserManager> | null = null

function userManager(): Promise<UserManager> {
  manager ??= fetch('/api/public/client-config')
    .then((r) => r.json() as Promise<ClientConfig>)
    .then((config) => {
      const created = new UserManager({
        authority: config.oidcIssuer,
        client_id: config.oidcClientId,
        redirect_uri: `${window.location.origin}/admin/callback`,
        post_logout_redirect_uri: `${window.location.origin}/admin/signed-out`,
        response_type: 'code',
        scope: 'openid profile',
        automaticSilentRenew: true,
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      })
      created.events.addUserLoaded((user) => {
        session.user = user
      })
      created.events.addUserUnloaded(() => signedOut())
      created.events.addUserSignedOut(() => signedOut())
      return created
    })
  return manager
}

function signedOut() {
  session.user = null
  session.me = null
}

/** True when a usable session exists (restored from this tab's storage, renewed if it expired). */
export async function restoreSession(): Promise<boolean> {
  if (session.user && !session.user.expired) return true
  const users = await userManager()
  const stored = await users.getUser()
  if (stored && !stored.expired) {
    session.user = stored
    return true
  }
  if (stored?.refresh_token) {
    try {
      session.user = await users.signinSilent()
      return session.user !== null
    } catch {
      await users.removeUser()
    }
  }
  return false
}

/** Sends the browser to the Keycloak login page; it comes back to {@code returnTo}. */
export async function login(returnTo: string): Promise<void> {
  await (await userManager()).signinRedirect({ state: { returnTo } })
}

/** Finishes the authorization-code + PKCE exchange on /admin/callback; returns where to go next. */
export async function completeLogin(): Promise<string> {
  const user = await (await userManager()).signinRedirectCallback()
  session.user = user
  const state = user.state as { returnTo?: string } | undefined
  return state?.returnTo?.startsWith('/admin') ? state.returnTo : '/admin'
}

export async function logout(): Promise<void> {
  const users = await userManager()
  signedOut()
  await users.signoutRedirect()
}

export async function accessToken(): Promise<string | null> {
  if (!session.user) return null
  if (session.user.expired) await restoreSession()
  return session.user?.access_token ?? null
}

export async function renewAfterRejection(): Promise<string | null> {
  try {
    session.user = await (await userManager()).signinSilent()
    return session.user?.access_token ?? null
  } catch {
    return null
  }
}

export function hasRole(role: string): boolean {
  return session.me?.roles?.some((r) => r.name === role) ?? false
}

export function roleNames(): string[] {
  return (session.me?.roles ?? []).map((r) => r.name ?? '').filter((name) => name !== '')
}

registerTokenSource({ accessToken, renewAfterRejection })

import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, toProblem } from './problem'
import { tokenSource } from '@/auth/token'

/** The one typed client of the Tianshan API; its types come from openapi/openapi.yaml. */
export const api = createClient<paths>({ baseUrl: '' })

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await tokenSource()?.accessToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || !request.headers.has('Authorization')) return response
    // The token expired between checks: renew once and repeat the request.
    const token = await tokenSource()?.renewAfterRejection()
    if (!token) return response
    const retry = new Request(request, { headers: new Headers(request.headers) })
    retry.headers.set('Authorization', `Bearer ${token}`)
    return fetch(retry)
  },
}
api.use(bearer)

/** Resolves to the data of a call, or throws an {@link ApiError} carrying the problem. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (!response.ok) throw new ApiError(toProblem(error, response.status))
  return data as T
}

/** Downloads a file answer (e.g. a CSV export) with the user's token. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const token = await tokenSource()?.accessToken()
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
  if (!response.ok) throw new ApiError(toProblem(await response.json().catch(() => null), response.status))
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}

/** Uploads one file as the multipart field `file` with the user's token; resolves to the JSON answer. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const body = new FormData()
  body.append('file', file)
  const token = await tokenSource()?.accessToken()
  const response = await fetch(path, { method: 'POST', body, headers: token ? { Authorization: `Bearer ${token}` } : {} })
  const answer = await response.json().catch(() => null)
  if (!response.ok) throw new ApiError(toProblem(answer, response.status))
  return answer as T
}

/** An object URL for an image only staff may fetch (e.g. before publication); revoke it when done. */
export async function staffImageUrl(path: string): Promise<string> {
  const token = await tokenSource()?.accessToken()
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
  if (!response.ok) throw new ApiError(toProblem(await response.json().catch(() => null), response.status))
  return URL.createObjectURL(await response.blob())
}

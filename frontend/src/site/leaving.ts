import { ref } from 'vue'
import { api, unwrap } from '@/api/client'

/** The government domains and listed hosts a reader may leave for without a notice (Art. 9). */
const policy = ref<{ governmentDomains: string[]; listedHosts: string[] } | null>(null)
let loading: Promise<void> | null = null

export function loadLinkPolicy(): Promise<void> {
  loading ??= unwrap(api.GET('/api/public/link-policy'))
    .then((p) => {
      policy.value = { governmentDomains: p.governmentDomains ?? [], listedHosts: p.listedHosts ?? [] }
    })
    .catch(() => {
      policy.value = { governmentDomains: ['gov.cn'], listedHosts: [] }
    })
  return loading
}

/**
 * The host a link leaves for when it leads off this site to a non-government host; null otherwise. The
 * browser's own URL parser decides the host (user@gov.cn@evil.com goes to evil.com; IDN becomes punycode).
 */
export function leavesFor(href: string, here: string, domains: string[], listed: string[]): string | null {
  let url: URL
  try {
    url = new URL(href, here)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const host = url.hostname.toLowerCase().replace(/\.+$/, '')
  if (host === new URL(here).hostname) return null
  const government = domains.some((d) => host === d || host.endsWith(`.${d}`)) || listed.includes(host)
  return government ? null : host
}

export function nonGovernmentHost(href: string): string | null {
  const p = policy.value ?? { governmentDomains: ['gov.cn'], listedHosts: [] }
  return leavesFor(href, window.location.href, p.governmentDomains, p.listedHosts)
}

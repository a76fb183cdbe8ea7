import { ref } from 'vue'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/schema'

export type SiteIdentity = components['schemas']['SiteIdentity']

const identity = ref<SiteIdentity | null>(null)
let loading: Promise<void> | null = null

/** The site identity block (configuration on the server), loaded once per page load. */
export function useSiteIdentity() {
  loading ??= unwrap(api.GET('/api/public/site')).then((loaded) => {
    identity.value = loaded
    document.title = loaded.name ?? document.title
  })
  return identity
}

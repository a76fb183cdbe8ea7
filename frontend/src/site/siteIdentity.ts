import { ref } from 'vue'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/schema'

export type SiteIdentity = components['schemas']['SiteIdentity']

const identity = ref<SiteIdentity | null>(null)
let loading: Promise<void> | null = null
// The server-rendered title ends with the site's name; it stands in until the identity has loaded.
const siteNameFromServer = document.title.split(' - ').pop() ?? document.title
let pageName: string | null = null

function applyTitle() {
  const site = identity.value?.name ?? siteNameFromServer
  document.title = pageName ? `${pageName} - ${site}` : site
}

/** The site identity block (configuration on the server), loaded once per page load. */
export function useSiteIdentity() {
  loading ??= unwrap(api.GET('/api/public/site')).then((loaded) => {
    identity.value = loaded
    applyTitle()
  })
  return identity
}

/** Names the public page in the browser's title as "page - site"; null for the site's own home page. */
export function setPageTitle(name: string | null) {
  pageName = name
  applyTitle()
}

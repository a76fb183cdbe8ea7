import { nextTick, ref } from 'vue'
import { holdServerRendering } from './serverRendered'
import { api } from '@/api/client'

export interface NavLink {
  id: number
  name: string
}

const links = ref<NavLink[]>([])
let loading: Promise<void> | null = null

/** The main site's top-level columns, for the header navigation. */
export function useNavigation() {
  if (!loading) {
    const shown = holdServerRendering()
    loading = api
      .GET('/api/public/sites/{code}/columns', { params: { path: { code: 'main' } } })
      .then(({ data }) => {
        links.value = (data ?? []).filter((c) => c.lifecycle === 'ACTIVE').map((c) => ({ id: Number(c.id), name: c.name ?? '' }))
      })
      .finally(() => nextTick(shown))
  }
  return links
}

import { ref } from 'vue'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/schema'

export type ColumnNode = components['schemas']['ColumnNode']
export type SiteView = components['schemas']['SiteView']

/** Every site and its column tree, as the console shows them (archived and hidden columns included). */
export function useColumnOptions() {
  const sites = ref<SiteView[]>([])
  const trees = ref<Record<number, ColumnNode[]>>({})

  async function load() {
    sites.value = await unwrap(api.GET('/api/sites'))
    const loaded: Record<number, ColumnNode[]> = {}
    await Promise.all(
      sites.value.map(async (site) => {
        loaded[Number(site.id)] = await unwrap(api.GET('/api/sites/{id}/columns', { params: { path: { id: Number(site.id) } } }))
      }),
    )
    trees.value = loaded
  }

  return { sites, trees, load }
}

import { ref } from 'vue'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/schema'

export type ColumnNode = components['schemas']['ColumnNode']
export type SiteView = components['schemas']['SiteView']

export interface ColumnOption {
  value: number | string
  label: string
  disabled?: boolean
  children?: ColumnOption[]
}

function options(nodes: ColumnNode[]): ColumnOption[] {
  return nodes.map((node) => ({
    value: Number(node.id),
    label: node.name ?? '',
    disabled: node.lifecycle === 'ARCHIVED',
    children: options(node.children ?? []),
  }))
}

/** Every site's column tree as picker options (a site is a group, its columns are choosable). */
export function useColumnOptions() {
  const sites = ref<SiteView[]>([])
  const trees = ref<Record<number, ColumnNode[]>>({})
  const choices = ref<ColumnOption[]>([])
  const names = ref<Record<number, string>>({})

  async function load() {
    sites.value = await unwrap(api.GET('/api/sites'))
    const loaded: Record<number, ColumnNode[]> = {}
    await Promise.all(
      sites.value.map(async (site) => {
        loaded[Number(site.id)] = await unwrap(api.GET('/api/sites/{id}/columns', { params: { path: { id: Number(site.id) } } }))
      }),
    )
    trees.value = loaded
    const byId: Record<number, string> = {}
    const walk = (nodes: ColumnNode[], site: string) =>
      nodes.forEach((n) => {
        byId[Number(n.id)] = `${site} / ${n.name}`
        walk(n.children ?? [], site)
      })
    sites.value.forEach((site) => walk(loaded[Number(site.id)] ?? [], site.name ?? ''))
    names.value = byId
    choices.value = sites.value.map((site) => ({
      value: `site-${site.id}`,
      label: site.name ?? '',
      disabled: true,
      children: options(loaded[Number(site.id)] ?? []),
    }))
  }

  return { sites, trees, choices, names, load }
}

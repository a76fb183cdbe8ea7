import { api, unwrap } from '@/api/client'
import type { components } from '@/api/schema'

export type ItemDetail = components['schemas']['ItemDetail']
export type RunView = components['schemas']['RunView']
export type TaskView = components['schemas']['TaskView']

export function loadItem(id: number): Promise<ItemDetail> {
  return unwrap(api.GET('/api/items/{id}', { params: { path: { id } } }))
}

export function waitingTask(detail: ItemDetail | null): TaskView | undefined {
  return detail?.activeRun?.tasks?.find((t) => t.status === 'IN_PROGRESS')
}

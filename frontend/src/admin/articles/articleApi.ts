import { api, unwrap } from '@/api/client'
import type { components } from '@/api/schema'

export type ArticleDetail = components['schemas']['ArticleDetail']
export type RunView = components['schemas']['RunView']
export type TaskView = components['schemas']['TaskView']

export function loadArticle(id: number): Promise<ArticleDetail> {
  return unwrap(api.GET('/api/articles/{id}', { params: { path: { id } } }))
}

export function waitingTask(detail: ArticleDetail | null): TaskView | undefined {
  return detail?.activeRun?.tasks?.find((t) => t.status === 'IN_PROGRESS')
}

import type { components } from '@/api/schema'

type Run = components['schemas']['RunView']

/** One opinion row of a printed form: what was decided at a step, by whom and on which day. */
export interface OpinionRow {
  stepName: string
  opinion: string | null
  signedBy: string | null
  signedOn: string | null
}

/**
 * The rows of a printed form (Annexes 1, 2, 4) from the latest round: each named step's approval (carried over
 * or given), or a rejection with its reason, or nothing yet.
 */
export function opinionRows(runs: Run[], steps: string[]): OpinionRow[] {
  const latest = runs.length ? runs[runs.length - 1] : undefined
  return steps.map((stepName) => {
    const task = latest?.tasks?.find((t) => t.stepName === stepName && (t.status === 'APPROVED' || t.status === 'REJECTED'))
    if (!task) return { stepName, opinion: null, signedBy: null, signedOn: null }
    const opinion = task.status === 'REJECTED' ? `退回：${task.opinion ?? ''}` : (task.opinion ?? null)
    return { stepName, opinion, signedBy: task.actorName ?? null, signedOn: task.decidedAt ? chineseDate(task.decidedAt) : null }
  })
}

/** 2026-12-02T10:00 → 2026年12月2日 */
export function chineseDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

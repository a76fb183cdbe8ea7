/** RFC 9457 problem details, as every Tianshan API error is answered. */
export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  requestId?: string
  errors?: FieldError[]
  current?: unknown
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).title === 'string'
  )
}

/** An API call that failed; carries the problem so a page can show the offending fields. */
export class ApiError extends Error {
  readonly problem: Problem

  constructor(problem: Problem) {
    super(describeProblem(problem))
    this.problem = problem
  }
}

/** One line for a message box: the title, then each offending field, then the request id to quote. */
export function describeProblem(problem: Problem): string {
  const fields = (problem.errors ?? []).map((e) => `${e.field}：${e.message}`)
  const body = fields.length > 0 ? fields.join('；') : problem.detail
  const reference = problem.requestId ? `（请求编号 ${problem.requestId}）` : ''
  return `${problem.title}：${body}${reference}`
}

export function toProblem(error: unknown, status: number): Problem {
  if (isProblem(error)) return error
  return { type: 'about:blank', title: '请求失败', status, detail: `HTTP ${status}` }
}

import { ElMessage } from 'element-plus'
import { ApiError, describeProblem } from '@/api/problem'

/** A failed call in one line, as the server explained it (title, fields, request number). */
export function describeError(error: unknown): string {
  return error instanceof ApiError ? describeProblem(error.problem) : String(error)
}

/** Shows a failed call in a message box. */
export function showError(error: unknown): void {
  ElMessage.error({ message: describeError(error), duration: 6000 })
}

/** A failed call's field errors, keyed by field (for the form item beside each field). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {}
  if (error instanceof ApiError) for (const e of error.problem.errors ?? []) errors[e.field] = e.message
  return errors
}

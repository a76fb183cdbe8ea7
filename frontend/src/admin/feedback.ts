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

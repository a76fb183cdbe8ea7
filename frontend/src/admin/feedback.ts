import { ElMessage } from 'element-plus'
import { ApiError, describeProblem } from '@/api/problem'

/** Shows a failed call as the server explained it (title, fields, request number). */
export function showError(error: unknown): void {
  ElMessage.error({ message: error instanceof ApiError ? describeProblem(error.problem) : String(error), duration: 6000 })
}

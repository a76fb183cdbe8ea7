import { reactive } from 'vue'
import { ApiError } from '@/api/problem'

/** A public form's errors: one message per field, shown beside it, and one line above the form. */
export function useFormErrors() {
  const state = reactive<{ fields: Record<string, string>; summary: string }>({ fields: {}, summary: '' })

  function clear() {
    state.fields = {}
    state.summary = ''
  }

  function show(error: unknown) {
    clear()
    if (error instanceof ApiError) {
      for (const e of error.problem.errors ?? []) {
        const field = e.field.replace(/^.*\./, '') === 'solution' ? 'challenge' : e.field.split('.')[0]
        if (!state.fields[field]) state.fields[field] = e.message
      }
      state.summary = error.problem.status === 429 ? error.problem.detail : error.problem.errors?.length ? '请按提示修改后重新提交。' : error.problem.detail
    } else {
      state.summary = '提交失败，请检查网络后重试。'
    }
  }

  return { state, clear, show }
}

import { onMounted, ref, watch, type Ref } from 'vue'
import { useRoute } from 'vue-router'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { components } from '@/api/schema'
import { showError } from '../feedback'

type Run = components['schemas']['RunView']

/**
 * The page of one reviewed subject (an application, a registration, a filing): its detail and review rounds,
 * loaded for the id in the address, and a confirmed action (withdraw …) that reloads both.
 */
export function useSubjectPage<D>(fetch: (id: number) => Promise<[D, Run[]]>) {
  const route = useRoute()
  const detail = ref<D | null>(null) as Ref<D | null>
  const runs = ref<Run[]>([])
  const id = () => Number(route.params.id)

  async function load() {
    try {
      ;[detail.value, runs.value] = await fetch(id())
    } catch (e) {
      showError(e)
    }
  }

  /** Asks first; on yes runs the action, says it is done, reloads. */
  async function confirmThen(question: string, title: string, button: string, action: () => Promise<unknown>, done: string) {
    try {
      await ElMessageBox.confirm(question, title, { confirmButtonText: button, cancelButtonText: '取消', type: 'warning' })
    } catch {
      return
    }
    try {
      await action()
      ElMessage.success(done)
      await load()
    } catch (e) {
      showError(e)
    }
  }

  onMounted(load)
  watch(() => route.params.id, load)
  return { detail, runs, load, id, confirmThen }
}

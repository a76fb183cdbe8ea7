import { ref } from 'vue'
import { api } from '@/api/client'

/** The signed-in user's unread notifications, shown on the header's bell; refreshed by whoever changes it. */
export const unread = ref(0)

export async function refreshUnread(): Promise<void> {
  const { data, response } = await api.GET('/api/notifications/unread-count')
  if (response.ok && data) unread.value = Number(data.unread ?? 0)
}

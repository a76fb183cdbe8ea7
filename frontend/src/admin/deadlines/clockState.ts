/** How a clock's state is shown: its colour (Element Plus tag type) and its countdown in words. */
export type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

export function stateTag(state: string | null | undefined): TagType {
  switch (state) {
    case 'DUE_SOON':
      return 'warning'
    case 'OVERDUE':
    case 'LONG_OVERDUE':
    case 'DONE_LATE':
      return 'danger'
    case 'PAUSED':
      return 'info'
    default:
      return 'success'
  }
}

export function countdown(state: string | null | undefined, remaining: number | null | undefined): string {
  const days = remaining ?? 0
  if (state === 'PAUSED') return '暂停计时'
  if (state === 'DONE') return '已按时办结'
  if (state === 'DONE_LATE') return `超期 ${-days} 个工作日办结`
  if (days < 0) return `超期 ${-days} 个工作日`
  if (days === 0) return '今天到期'
  return `剩 ${days} 个工作日`
}

/** How the console writes times and dates: 2026-12-02 21:36, never the wire's 2026-12-02T21:36:30. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return ''
  return value.replace('T', ' ').slice(0, 16)
}

export function formatDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : ''
}

/** Today's date in the department's time zone, as YYYY-MM-DD. */
export function todayInShanghai(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
}

/** A moment as the form value of a Shanghai date-time picker: yyyy-MM-ddTHH:mm:00. */
export function shanghaiDateTime(moment: Date): string {
  return moment.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).replace(' ', 'T').slice(0, 16) + ':00'
}

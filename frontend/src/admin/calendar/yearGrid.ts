/** Builds the month grids of the calendar page from the year's entries; pure, so it is unit-tested. */

export interface CalendarEntry {
  date: string
  region: string
  kind: 'OFF' | 'WORK'
  reason: string
  notice?: string | null
}

export type DayStatus = 'workday' | 'weekend' | 'holiday' | 'makeup'

export interface DayCell {
  date: string
  day: number
  /** 0 = Monday … 6 = Sunday: Chinese calendars start the week on Monday. */
  weekday: number
  status: DayStatus
  entry?: CalendarEntry
  /** The national entry a regional one overrides, shown in the tooltip. */
  overridden?: CalendarEntry
}

export interface MonthGrid {
  month: number
  weeks: (DayCell | null)[][]
}

export const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日']

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The effective entry per date: a regional entry wins over the national one. */
export function effectiveEntries(entries: CalendarEntry[]): Map<string, { entry: CalendarEntry; overridden?: CalendarEntry }> {
  const result = new Map<string, { entry: CalendarEntry; overridden?: CalendarEntry }>()
  for (const entry of entries.filter((e) => e.region === '')) result.set(entry.date, { entry })
  for (const entry of entries.filter((e) => e.region !== '')) {
    result.set(entry.date, { entry, overridden: result.get(entry.date)?.entry })
  }
  return result
}

export function statusOf(weekday: number, entry?: CalendarEntry): DayStatus {
  if (entry?.kind === 'OFF') return 'holiday'
  if (entry?.kind === 'WORK') return 'makeup'
  return weekday >= 5 ? 'weekend' : 'workday'
}

export function monthGrid(year: number, month: number, entries: CalendarEntry[]): MonthGrid {
  const effective = effectiveEntries(entries)
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7
  const cells: (DayCell | null)[] = Array.from({ length: firstWeekday }, () => null)
  for (let day = 1; day <= days; day++) {
    const date = isoDate(year, month, day)
    const weekday = (firstWeekday + day - 1) % 7
    const found = effective.get(date)
    cells.push({ date, day, weekday, status: statusOf(weekday, found?.entry), entry: found?.entry, overridden: found?.overridden })
  }
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (DayCell | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return { month, weeks }
}

export function yearGrid(year: number, entries: CalendarEntry[]): MonthGrid[] {
  return Array.from({ length: 12 }, (_, i) => monthGrid(year, i + 1, entries))
}

export const STATUS_LABEL: Record<DayStatus, string> = {
  workday: '工作日',
  weekend: '周末',
  holiday: '休',
  makeup: '班',
}

/** What a screen reader says for a day, and what the tooltip shows. */
export function describeDay(cell: DayCell): string {
  const base = `${cell.date} 星期${WEEKDAY_LABELS[cell.weekday]}`
  if (!cell.entry) return `${base}，${cell.status === 'weekend' ? '周末休息' : '工作日'}`
  const region = cell.entry.region ? `（地区 ${cell.entry.region}）` : ''
  const what = cell.entry.kind === 'OFF' ? `${cell.entry.reason}放假` : `${cell.entry.reason}调休上班`
  return `${base}，${what}${region}`
}

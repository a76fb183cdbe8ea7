import { describe, expect, it } from 'vitest'
import { describeDay, monthGrid, statusOf, yearGrid, type CalendarEntry } from './yearGrid'

const nationalDay2025: CalendarEntry[] = [
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({
    date: `2025-10-${d}`,
    region: '',
    kind: 'OFF' as const,
    reason: '国庆节、中秋节',
  })),
  { date: '2025-09-28', region: '', kind: 'WORK', reason: '国庆节、中秋节' },
  { date: '2025-10-11', region: '', kind: 'WORK', reason: '国庆节、中秋节' },
]

describe('monthGrid', () => {
  it('starts the week on Monday and pads the first week', () => {
    const october = monthGrid(2025, 10, nationalDay2025)
    // 2025-10-01 is a Wednesday: Monday and Tuesday are empty
    expect(october.weeks[0].slice(0, 2)).toEqual([null, null])
    expect(october.weeks[0][2]?.date).toBe('2025-10-01')
    expect(october.weeks.every((week) => week.length === 7)).toBe(true)
  })

  it('marks holidays, make-up working days and ordinary weekends differently', () => {
    const cells = monthGrid(2025, 10, nationalDay2025).weeks.flat().filter((c) => c !== null)
    const byDate = new Map(cells.map((c) => [c!.date, c!]))
    expect(byDate.get('2025-10-01')?.status).toBe('holiday')
    expect(byDate.get('2025-10-04')?.status).toBe('holiday') // a Saturday inside the holiday
    expect(byDate.get('2025-10-11')?.status).toBe('makeup') // a Saturday worked
    expect(byDate.get('2025-10-12')?.status).toBe('weekend')
    expect(byDate.get('2025-10-13')?.status).toBe('workday')
  })

  it('lets a regional entry override the national one and remembers what it replaced', () => {
    const entries: CalendarEntry[] = [
      { date: '2026-03-20', region: '', kind: 'OFF', reason: '全国' },
      { date: '2026-03-20', region: '65', kind: 'WORK', reason: '地区调整' },
    ]
    const cell = monthGrid(2026, 3, entries).weeks.flat().find((c) => c?.date === '2026-03-20')!
    expect(cell.entry?.region).toBe('65')
    expect(cell.overridden?.reason).toBe('全国')
  })

  it('builds twelve months with every day of a leap year', () => {
    const days = yearGrid(2028, []).flatMap((m) => m.weeks.flat()).filter((c) => c !== null)
    expect(days).toHaveLength(366)
  })
})

describe('statusOf and describeDay', () => {
  it('treats Saturday and Sunday as weekend without an entry', () => {
    expect(statusOf(5)).toBe('weekend')
    expect(statusOf(6)).toBe('weekend')
    expect(statusOf(0)).toBe('workday')
  })

  it('explains a day in words for screen readers', () => {
    const cell = monthGrid(2025, 10, nationalDay2025).weeks.flat().find((c) => c?.date === '2025-10-11')!
    expect(describeDay(cell)).toBe('2025-10-11 星期六，国庆节、中秋节调休上班')
  })
})

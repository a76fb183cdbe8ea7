import { describe, expect, it } from 'vitest'
import { chineseDate, opinionRows } from './opinionRows'

describe('opinionRows', () => {
  const run = (tasks: object[]) => ({ tasks }) as never

  it('fills each step from the latest round, blank where nobody has signed yet', () => {
    const rows = opinionRows(
      [
        run([{ stepName: '单位意见', status: 'REJECTED', opinion: '旧', actorName: '甲', decidedAt: '2026-01-01T09:00' }]),
        run([
          { stepName: '单位意见', status: 'APPROVED', opinion: '同意开设', actorName: '王强', decidedAt: '2026-12-02T10:00' },
          { stepName: '厅网站主管处室意见', status: 'IN_PROGRESS' },
        ]),
      ],
      ['单位意见', '厅网站主管处室意见'],
    )
    expect(rows).toEqual([
      { stepName: '单位意见', opinion: '同意开设', signedBy: '王强', signedOn: '2026年12月2日' },
      { stepName: '厅网站主管处室意见', opinion: null, signedBy: null, signedOn: null },
    ])
  })

  it('shows a rejection with its reason', () => {
    const rows = opinionRows([run([{ stepName: '单位意见', status: 'REJECTED', opinion: '请补充', actorName: '王强', decidedAt: '2026-03-09T08:00' }])], ['单位意见'])
    expect(rows[0].opinion).toBe('退回：请补充')
    expect(chineseDate('2026-03-09')).toBe('2026年3月9日')
  })
})

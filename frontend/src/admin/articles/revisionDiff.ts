import { diffChars } from 'diff'
import type { RevisionView } from './articleForm'

export interface Segment {
  text: string
  change: 'same' | 'added' | 'removed'
}

export interface FieldChange {
  field: string
  label: string
  segments: Segment[]
}

const FIELDS: { field: keyof RevisionView; label: string }[] = [
  { field: 'title', label: '标题' },
  { field: 'subtitle', label: '副标题' },
  { field: 'summary', label: '摘要' },
  { field: 'body', label: '正文' },
  { field: 'documentNumber', label: '文号' },
  { field: 'validity', label: '效力' },
  { field: 'infoDate', label: '信息生成日期' },
  { field: 'important', label: '重要信息' },
  { field: 'columnIds', label: '栏目' },
  { field: 'attachmentIds', label: '附件' },
  { field: 'sourceName', label: '来源' },
  { field: 'publicationForm', label: '发布形式' },
  { field: 'scheduledAt', label: '定时发布' },
]

/** The visible text of a sanitised body, paragraphs on their own lines, for a readable diff. */
export function bodyText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll('p, li, h2, h3, h4, h5, h6, tr, br, blockquote').forEach((el) => el.append('\n'))
  return (doc.body.textContent ?? '').replace(/\n{2,}/g, '\n').trim()
}

function text(revision: RevisionView, field: keyof RevisionView): string {
  const value = revision[field]
  if (value === null || value === undefined) return ''
  if (field === 'body') return bodyText(String(value))
  if (Array.isArray(value)) return value.join('、')
  if (typeof value === 'boolean') return value ? '是' : '否'
  return String(value)
}

/** Character-level differences of every field that changed between two revisions (Chinese has no word breaks). */
export function compareRevisions(older: RevisionView, newer: RevisionView): FieldChange[] {
  const changes: FieldChange[] = []
  for (const { field, label } of FIELDS) {
    const before = text(older, field)
    const after = text(newer, field)
    if (before === after) continue
    const segments = diffChars(before, after).map((part) => ({
      text: part.value,
      change: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
    }))
    changes.push({ field: String(field), label, segments })
  }
  return changes
}

import type { components } from '@/api/schema'
import { GUIDE_ELEMENTS, type GuideField, type ServiceGuide } from '@/site/serviceGuide'

export type ArticleCommand = components['schemas']['ArticleCommand']
export type RevisionView = components['schemas']['RevisionView']
export type ArticleKind = ArticleCommand['kind']

/** The editor's working copy of an item; turned into an ArticleCommand when saved. */
export interface ArticleForm {
  kind: ArticleKind
  title: string
  subtitle: string
  summary: string
  body: string
  columnIds: number[]
  origin: 'ORIGINAL' | 'REPRINT'
  sourceName: string
  sourceUrl: string
  publicationForm: 'WEBSITE' | 'ON_REQUEST' | 'OTHER'
  publicationFormOther: string
  infoDate: string
  important: boolean
  documentNumber: string
  validity: 'CURRENT' | 'AMENDED' | 'REPEALED' | 'EXPIRED' | null
  interpretsArticleId: number | null
  attachmentIds: number[]
  coverAttachmentId: number | null
  scheduledAt: string | null
  guide: Record<GuideField, string>
}

export function emptyGuide(): Record<GuideField, string> {
  return Object.fromEntries(GUIDE_ELEMENTS.map((e) => [e.field, ''])) as Record<GuideField, string>
}

function guideFrom(saved: ServiceGuide | null | undefined): Record<GuideField, string> {
  const guide = emptyGuide()
  for (const e of GUIDE_ELEMENTS) guide[e.field] = saved?.[e.field] ?? ''
  return guide
}

/** A service guide's filled elements, trimmed; undefined for other kinds, or when nothing is filled in. */
function guideCommand(form: ArticleForm): ServiceGuide | undefined {
  if (form.kind !== 'SERVICE_GUIDE') return undefined
  const entries = GUIDE_ELEMENTS.map((e) => [e.field, blankToUndefined(form.guide[e.field])] as const).filter(([, v]) => v !== undefined)
  return entries.length ? (Object.fromEntries(entries) as ServiceGuide) : undefined
}

export { KIND_OPTIONS } from '@/api/articleKinds'

export const VALIDITY_OPTIONS = [
  { value: 'CURRENT', label: '现行有效' },
  { value: 'AMENDED', label: '已修改' },
  { value: 'REPEALED', label: '已废止' },
  { value: 'EXPIRED', label: '已失效' },
] as const

export function emptyForm(today: string): ArticleForm {
  return {
    kind: 'NEWS',
    title: '',
    subtitle: '',
    summary: '',
    body: '',
    columnIds: [],
    origin: 'ORIGINAL',
    sourceName: '',
    sourceUrl: '',
    publicationForm: 'WEBSITE',
    publicationFormOther: '',
    infoDate: today,
    important: false,
    documentNumber: '',
    validity: null,
    interpretsArticleId: null,
    attachmentIds: [],
    coverAttachmentId: null,
    scheduledAt: null,
    guide: emptyGuide(),
  }
}

export function fromRevision(r: RevisionView): ArticleForm {
  return {
    kind: r.kind as ArticleKind,
    title: r.title ?? '',
    subtitle: r.subtitle ?? '',
    summary: r.summary ?? '',
    body: r.body ?? '',
    columnIds: (r.columnIds ?? []).map(Number),
    origin: (r.origin ?? 'ORIGINAL') as ArticleForm['origin'],
    sourceName: r.sourceName ?? '',
    sourceUrl: r.sourceUrl ?? '',
    publicationForm: (r.publicationForm ?? 'WEBSITE') as ArticleForm['publicationForm'],
    publicationFormOther: r.publicationFormOther ?? '',
    infoDate: String(r.infoDate ?? ''),
    important: Boolean(r.important),
    documentNumber: r.documentNumber ?? '',
    validity: (r.validity ?? null) as ArticleForm['validity'],
    interpretsArticleId: r.interpretsArticleId ?? null,
    attachmentIds: (r.attachmentIds ?? []).map(Number),
    coverAttachmentId: r.coverAttachmentId ?? null,
    scheduledAt: r.scheduledAt ? String(r.scheduledAt) : null,
    guide: guideFrom(r.guide),
  }
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** What the API receives: trimmed text, empty optional fields left out, policy-only fields only for policies. */
export function toCommand(form: ArticleForm, baseRevision?: number): ArticleCommand {
  const policy = form.kind === 'POLICY'
  return {
    kind: form.kind,
    title: form.title.trim(),
    subtitle: blankToUndefined(form.subtitle),
    summary: blankToUndefined(form.summary),
    body: form.body,
    columnIds: form.columnIds,
    origin: form.origin,
    sourceName: form.origin === 'REPRINT' ? blankToUndefined(form.sourceName) : undefined,
    sourceUrl: blankToUndefined(form.sourceUrl),
    publicationForm: form.publicationForm,
    publicationFormOther: form.publicationForm === 'OTHER' ? blankToUndefined(form.publicationFormOther) : undefined,
    infoDate: form.infoDate,
    important: form.important,
    documentNumber: blankToUndefined(form.documentNumber),
    validity: policy ? (form.validity ?? 'CURRENT') : undefined,
    interpretsArticleId: form.kind === 'INTERPRETATION' ? (form.interpretsArticleId ?? undefined) : undefined,
    attachmentIds: form.attachmentIds,
    coverAttachmentId: form.coverAttachmentId ?? undefined,
    scheduledAt: form.scheduledAt ?? undefined,
    baseRevision,
    guide: guideCommand(form),
  } as ArticleCommand
}

/** Problem field errors by field, for el-form-item :error. */
export function errorsByField(errors: { field: string; message: string }[] | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const error of errors ?? []) {
    const field = error.field.replace(/\[\d+\]$/, '')
    result[field] = result[field] ? `${result[field]}；${error.message}` : error.message
  }
  return result
}

/** True when the form holds something the saved revision does not: saving is needed before submitting. */
export function differsFrom(form: ArticleForm, saved: RevisionView | null | undefined): boolean {
  if (!saved) return true
  return JSON.stringify(toCommand(form)) !== JSON.stringify(toCommand(fromRevision(saved)))
}

import type { components } from '@/api/schema'

export type ServiceGuide = components['schemas']['ServiceGuide']
export type GuideField = keyof ServiceGuide

/** The elements of a service guide (办事指南, Art. 11) in the order inspectors read them; the server holds the same list. */
export const GUIDE_ELEMENTS: { field: GuideField; label: string; required: boolean; multiline: boolean; max: number; hint?: string }[] = [
  { field: 'itemName', label: '事项名称', required: true, multiline: false, max: 200 },
  { field: 'legalBasis', label: '设定依据', required: true, multiline: true, max: 4000, hint: '法律、法规、规章名称及条款' },
  { field: 'conditions', label: '申请条件', required: true, multiline: true, max: 4000 },
  { field: 'materials', label: '申请材料', required: true, multiline: true, max: 4000, hint: '每行一项，注明原件或复印件、份数' },
  { field: 'place', label: '办理地点', required: true, multiline: false, max: 1000 },
  { field: 'handlingBody', label: '办理机构', required: true, multiline: false, max: 200 },
  { field: 'fees', label: '收费标准', required: true, multiline: false, max: 1000, hint: '不收费的写“不收费”' },
  { field: 'timeLimit', label: '办理时限', required: true, multiline: false, max: 1000, hint: '如：法定20个工作日，承诺10个工作日' },
  { field: 'phone', label: '咨询电话', required: true, multiline: false, max: 200, hint: '如：0991-1234567、12328' },
  { field: 'procedure', label: '办理流程', required: true, multiline: true, max: 4000, hint: '每行一步' },
  { field: 'onlineUrl', label: '在线办理地址', required: false, multiline: false, max: 500, hint: '可选；非政府网站须先办理链接备案' },
]

/** The filled elements a reader sees, in order (the online address is shown as a button, not in the list). */
export function shownElements(guide: ServiceGuide | null | undefined): { label: string; text: string }[] {
  if (!guide) return []
  return GUIDE_ELEMENTS.filter((e) => e.field !== 'onlineUrl' && guide[e.field]).map((e) => ({ label: e.label, text: String(guide[e.field]) }))
}

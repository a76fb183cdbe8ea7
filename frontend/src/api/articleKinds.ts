import type { components } from './schema'

export type ArticleKind = components['schemas']['ArticleCommand']['kind']

/** The kinds of article with their Chinese names, for the console's forms and the public search filter alike. */
export const KIND_OPTIONS: { value: ArticleKind; label: string }[] = [
  { value: 'NEWS', label: '新闻动态' },
  { value: 'NOTICE', label: '通知公告' },
  { value: 'POLICY', label: '政策文件' },
  { value: 'INTERPRETATION', label: '政策解读' },
  { value: 'STATISTICS', label: '统计信息' },
  { value: 'SERVICE_GUIDE', label: '办事指南' },
  { value: 'OTHER', label: '其他信息' },
]

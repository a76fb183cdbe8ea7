/** The public search form as the URL carries it: only filled fields, so links stay short and shareable. */
export interface SearchForm {
  q: string
  column: string
  unit: string
  kind: string
  from: string
  to: string
  sort: string
}

export function searchQuery(form: SearchForm): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [name, value] of Object.entries(form)) {
    const text = value.trim()
    if (text && !(name === 'sort' && text === 'relevance')) {
      query[name] = text
    }
  }
  return query
}

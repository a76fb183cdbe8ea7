export interface AuditFilters {
  range: [string, string] | null
  username: string
  unit: string
  action: string
  outcome: '' | 'SUCCESS' | 'FAILURE'
}

/** The audit search's query parameters: only the filled-in criteria are sent. */
export function auditQuery(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.range) {
    query.from = filters.range[0]
    query.to = filters.range[1]
  }
  for (const key of ['username', 'unit', 'action', 'outcome'] as const) {
    const value = filters[key].trim()
    if (value) query[key] = value
  }
  return query
}

/** 2026-12-02T09:30:00 → 2026-12-02 09:30. */
export function formatStep(value: string | null | undefined): string {
  return value ? value.replace('T', ' ').slice(0, 16) : ''
}

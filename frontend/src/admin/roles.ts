/** Who may open which console pages; the router reads these without loading the console's menu and icons. */

/** Every role that works with content; the three administrator roles are not among them. */
export const CONTENT_ROLES = ['editor', 'unit-head', 'dept-reviewer', 'leader', 'site-office', 'tech-ops', 'secrecy-reviewer', 'mailbox-handler']

/** Who handles letters: the technical department dispatches, the units answer, the site office and leaders oversee. */
export const MAILBOX_ROLES = ['tech-ops', 'mailbox-handler', 'unit-head', 'site-office', 'leader']
/** Who handles disclosure requests: the site office, the units it dispatches to, the leaders who approve extensions. */
export const DISCLOSURE_ROLES = ['site-office', 'unit-head', 'dept-reviewer', 'leader']
/** Who runs consultations, interviews and online surveys: units draft them, the site office approves and oversees, leaders and the technical department read. */
export const SURVEY_ROLES = ['editor', 'unit-head', 'site-office', 'leader', 'tech-ops']
export const DEADLINE_ROLES = ['tech-ops', 'mailbox-handler', 'unit-head', 'dept-reviewer', 'site-office', 'leader']
export const MAIL_ROLES = ['tech-ops', 'mailbox-handler', 'unit-head', 'site-office', 'leader', 'sys-admin']

export function mayOpen(requiredRoles: readonly string[] | undefined, roles: readonly string[]): boolean {
  return !requiredRoles || requiredRoles.length === 0 || requiredRoles.some((role) => roles.includes(role))
}

import type { Component } from 'vue'
import { Calendar, Document, House, OfficeBuilding } from '@element-plus/icons-vue'

/** One entry of the admin console's menu; without roles every signed-in staff member sees it. */
export interface MenuItem {
  path: string
  title: string
  icon: Component
  roles?: string[]
}

export const MENU: MenuItem[] = [
  { path: '/admin', title: '工作台', icon: House },
  { path: '/admin/calendar', title: '工作日历', icon: Calendar },
  { path: '/admin/org', title: '单位与职责', icon: OfficeBuilding },
  { path: '/admin/audit', title: '审计日志', icon: Document, roles: ['auditor'] },
]

/** What a user with these roles may open; the server still checks every request. */
export function visibleMenu(roles: readonly string[]): MenuItem[] {
  return MENU.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)))
}

export function mayOpen(requiredRoles: readonly string[] | undefined, roles: readonly string[]): boolean {
  return !requiredRoles || requiredRoles.length === 0 || requiredRoles.some((role) => roles.includes(role))
}

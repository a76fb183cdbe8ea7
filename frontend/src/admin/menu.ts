import type { Component } from 'vue'
import { AlarmClock, Search, Calendar, ChatLineSquare, DataAnalysis, Microphone, Notebook, Checked, Collection, Connection, Document, EditPen, FolderOpened, House, Message, OfficeBuilding, Postcard, Reading, Share, Timer, UserFilled } from '@element-plus/icons-vue'

/** One entry of the admin console's menu; without roles every signed-in staff member sees it. */
export interface MenuItem {
  path: string
  title: string
  icon: Component
  roles?: string[]
}

import { CONTENT_ROLES, DEADLINE_ROLES, DISCLOSURE_ROLES, MAILBOX_ROLES, MAIL_ROLES, SURVEY_ROLES } from './roles'

export { CONTENT_ROLES, DEADLINE_ROLES, DISCLOSURE_ROLES, MAILBOX_ROLES, MAIL_ROLES, SURVEY_ROLES, mayOpen } from './roles'

export const MENU: MenuItem[] = [
  { path: '/admin', title: '工作台', icon: House },
  { path: '/admin/inbox', title: '待我处理', icon: Checked, roles: CONTENT_ROLES },
  { path: '/admin/articles', title: '信息管理', icon: EditPen, roles: CONTENT_ROLES },
  { path: '/admin/timeliness', title: '发布时效', icon: Timer, roles: CONTENT_ROLES },
  { path: '/admin/sites', title: '栏目管理', icon: FolderOpened, roles: CONTENT_ROLES },
  { path: '/admin/topic-column-applications', title: '专题专栏', icon: Collection, roles: CONTENT_ROLES },
  { path: '/admin/link-registrations', title: '链接备案', icon: Connection, roles: CONTENT_ROLES },
  { path: '/admin/site-managers', title: '管理人员备案', icon: UserFilled, roles: CONTENT_ROLES },
  { path: '/admin/consultations', title: '征求意见', icon: ChatLineSquare, roles: SURVEY_ROLES },
  { path: '/admin/interviews', title: '在线访谈', icon: Microphone, roles: SURVEY_ROLES },
  { path: '/admin/surveys', title: '网上调查', icon: DataAnalysis, roles: SURVEY_ROLES },
  { path: '/admin/mailbox-messages', title: '领导信箱', icon: Postcard, roles: MAILBOX_ROLES },
  { path: '/admin/disclosure-requests', title: '依申请公开', icon: Reading, roles: DISCLOSURE_ROLES },
  { path: '/admin/disclosure-guide', title: '公开指南', icon: Notebook, roles: ['site-office'] },
  { path: '/admin/deadlines', title: '办理时限', icon: AlarmClock, roles: DEADLINE_ROLES },
  { path: '/admin/mail', title: '邮件记录', icon: Message, roles: MAIL_ROLES },
  { path: '/admin/search-index', title: '搜索索引', icon: Search, roles: ['site-office', 'tech-ops', 'sys-admin'] },
  { path: '/admin/review-chains', title: '审核流程', icon: Share, roles: ['site-office'] },
  { path: '/admin/calendar', title: '工作日历', icon: Calendar },
  { path: '/admin/org', title: '单位与职责', icon: OfficeBuilding },
  { path: '/admin/audit', title: '审计日志', icon: Document, roles: ['auditor'] },
]

/** What a user with these roles may open; the server still checks every request. */
export function visibleMenu(roles: readonly string[]): MenuItem[] {
  return MENU.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)))
}

import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { CONTENT_ROLES, DEADLINE_ROLES, DISCLOSURE_ROLES, MAILBOX_ROLES, MAIL_ROLES, SURVEY_ROLES, mayOpen } from '@/admin/roles'
import { setPageTitle } from '@/site/siteIdentity'

declare module 'vue-router' {
  interface RouteMeta {
    /** The admin area: a signed-in user is required. */
    requiresAuth?: boolean
    /** Any of these roles may open the page; the 403 page otherwise. */
    roles?: string[]
    title?: string
    /** A public page that names itself once its content has loaded (an article, a column). */
    titledByPage?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/site/SiteLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/site/HomePage.vue'), meta: { title: '首页' } },
      { path: 'sites/:code', name: 'topic-site', component: () => import('@/site/HomePage.vue'), meta: { title: '专题网站', titledByPage: true } },
      { path: 'columns/:id', name: 'column', component: () => import('@/site/ColumnPage.vue'), meta: { title: '栏目', titledByPage: true } },
      { path: 'items/:id', name: 'article', component: () => import('@/site/ArticlePage.vue'), meta: { title: '信息', titledByPage: true } },
      { path: 'search', name: 'search', component: () => import('@/site/SearchPage.vue'), meta: { title: '站内搜索', titledByPage: true } },
      { path: 'units', name: 'units', component: () => import('@/site/UnitsPage.vue'), meta: { title: '机构设置' } },
      { path: 'mailbox', name: 'mailbox', component: () => import('@/site/mailbox/MailboxHomePage.vue'), meta: { title: '领导信箱' } },
      { path: 'mailbox/write', name: 'mailbox-write', component: () => import('@/site/mailbox/MailboxWritePage.vue'), meta: { title: '给领导写信' } },
      { path: 'mailbox/track', name: 'mailbox-track', component: () => import('@/site/mailbox/MailboxTrackPage.vue'), meta: { title: '查询来信' } },
      { path: 'mailbox/statistics', name: 'mailbox-statistics', component: () => import('@/site/mailbox/MailboxStatisticsPage.vue'), meta: { title: '来信统计' } },
      { path: 'consultations', name: 'consultations', component: () => import('@/site/consultations/ConsultationsPage.vue'), meta: { title: '征求意见' } },
      { path: 'consultations/:id', name: 'consultation', component: () => import('@/site/consultations/ConsultationPage.vue'), meta: { title: '征求意见', titledByPage: true } },
      { path: 'interviews', name: 'interviews', component: () => import('@/site/interviews/InterviewsPage.vue'), meta: { title: '在线访谈' } },
      { path: 'interviews/:id', name: 'interview', component: () => import('@/site/interviews/InterviewPage.vue'), meta: { title: '在线访谈', titledByPage: true } },
      { path: 'surveys', name: 'surveys', component: () => import('@/site/surveys/SurveysPage.vue'), meta: { title: '网上调查' } },
      { path: 'surveys/:id', name: 'survey', component: () => import('@/site/surveys/SurveyPage.vue'), meta: { title: '网上调查', titledByPage: true } },
      { path: 'disclosure/guide', name: 'disclosure-guide', component: () => import('@/site/disclosure/DisclosureGuidePage.vue'), meta: { title: '政府信息公开指南' } },
      { path: 'disclosure/catalogue', name: 'disclosure-catalogue', component: () => import('@/site/disclosure/DisclosureCataloguePage.vue'), meta: { title: '政府信息公开目录' } },
      { path: 'disclosure/apply', name: 'disclosure-apply', component: () => import('@/site/disclosure/DisclosureApplyPage.vue'), meta: { title: '政府信息公开申请' } },
      { path: 'disclosure/track', name: 'disclosure-track', component: () => import('@/site/disclosure/DisclosureTrackPage.vue'), meta: { title: '查询公开申请' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/site/NotFoundPage.vue'), meta: { title: '页面不存在' } },
    ],
  },
  { path: '/admin/callback', name: 'callback', component: () => import('@/admin/CallbackPage.vue') },
  { path: '/admin/signed-out', name: 'signed-out', component: () => import('@/admin/SignedOutPage.vue') },
  {
    path: '/admin/sign-in-unavailable',
    name: 'sign-in-unavailable',
    component: () => import('@/admin/SignInUnavailablePage.vue'),
  },
  {
    path: '/admin/articles/:id/print/annex3',
    component: () => import('@/admin/articles/PrintAnnex3Page.vue'),
    meta: { requiresAuth: true, title: '发布信息审核表' },
  },
  {
    path: '/admin/articles/:id/print/annex5',
    component: () => import('@/admin/articles/PrintAnnex5Page.vue'),
    meta: { requiresAuth: true, title: '保密审查表' },
  },
  {
    path: '/admin/topic-column-applications/:id/print',
    component: () => import('@/admin/topics/PrintAnnex2Page.vue'),
    meta: { requiresAuth: true, title: '开设专题专栏申请表' },
  },
  {
    path: '/admin/link-registrations/:id(\\d+)/print',
    component: () => import('@/admin/links/PrintAnnex4Page.vue'),
    meta: { requiresAuth: true, title: '链接审核登记表' },
  },
  {
    path: '/admin/site-managers/print/:unit',
    component: () => import('@/admin/registry/PrintAnnex1Page.vue'),
    meta: { requiresAuth: true, title: '管理人员备案登记表' },
  },
  {
    path: '/admin',
    component: () => import('@/admin/AdminLayout.vue'),
    meta: { requiresAuth: true },
    children: [
      { path: '', name: 'dashboard', component: () => import('@/admin/DashboardPage.vue'), meta: { title: '工作台' } },
      { path: 'inbox', name: 'inbox', component: () => import('@/admin/inbox/InboxPage.vue'), meta: { title: '待我处理', roles: CONTENT_ROLES } },
      { path: 'articles', name: 'articles', component: () => import('@/admin/articles/ArticlesPage.vue'), meta: { title: '信息管理', roles: CONTENT_ROLES } },
      { path: 'articles/new', name: 'article-new', component: () => import('@/admin/articles/ArticleEditorPage.vue'), meta: { title: '新建信息', roles: ['editor'] } },
      { path: 'articles/:id', name: 'article-edit', component: () => import('@/admin/articles/ArticleEditorPage.vue'), meta: { title: '信息', roles: CONTENT_ROLES } },
      { path: 'timeliness', name: 'timeliness', component: () => import('@/admin/articles/TimelinessPage.vue'), meta: { title: '信息发布时效', roles: CONTENT_ROLES } },
      { path: 'sites', name: 'sites', component: () => import('@/admin/sites/SitesPage.vue'), meta: { title: '栏目管理', roles: CONTENT_ROLES } },
      {
        path: 'column-changes/:id',
        name: 'column-change',
        component: () => import('@/admin/sites/ColumnChangePage.vue'),
        meta: { title: '栏目调整申请', roles: CONTENT_ROLES },
      },
      { path: 'topic-column-applications', name: 'topic-applications', component: () => import('@/admin/topics/TopicApplicationsPage.vue'), meta: { title: '专题专栏', roles: CONTENT_ROLES } },
      { path: 'topic-column-applications/:id', name: 'topic-application', component: () => import('@/admin/topics/TopicApplicationPage.vue'), meta: { title: '专题专栏申请', roles: CONTENT_ROLES } },
      { path: 'link-registrations', name: 'link-registrations', component: () => import('@/admin/links/LinkRegistrationsPage.vue'), meta: { title: '链接备案', roles: CONTENT_ROLES } },
      { path: 'link-registrations/new', name: 'link-registration-new', component: () => import('@/admin/links/LinkRegistrationsPage.vue'), meta: { title: '登记链接', roles: CONTENT_ROLES } },
      { path: 'link-registrations/:id(\\d+)', name: 'link-registration', component: () => import('@/admin/links/LinkRegistrationPage.vue'), meta: { title: '链接备案', roles: CONTENT_ROLES } },
      { path: 'site-managers', name: 'site-managers', component: () => import('@/admin/registry/SiteManagersPage.vue'), meta: { title: '管理人员备案', roles: CONTENT_ROLES } },
      { path: 'site-managers/filings/:id', name: 'site-manager-filing', component: () => import('@/admin/registry/FilingPage.vue'), meta: { title: '管理人员备案', roles: CONTENT_ROLES } },
      {
        path: 'review-chains',
        name: 'review-chains',
        component: () => import('@/admin/review/ReviewChainsPage.vue'),
        meta: { title: '审核流程', roles: ['site-office'] },
      },
      { path: 'disclosure-guide', name: 'admin-disclosure-guide', component: () => import('@/admin/disclosure/DisclosureGuidePage.vue'), meta: { title: '公开指南', roles: ['site-office'] } },
      { path: 'consultations', name: 'admin-consultations', component: () => import('@/admin/consultations/ConsultationsPage.vue'), meta: { title: '征求意见', roles: SURVEY_ROLES } },
      { path: 'consultations/new', name: 'admin-consultation-new', component: () => import('@/admin/consultations/ConsultationPage.vue'), meta: { title: '新建征求意见', roles: SURVEY_ROLES } },
      { path: 'consultations/:id', name: 'admin-consultation', component: () => import('@/admin/consultations/ConsultationPage.vue'), meta: { title: '征求意见', roles: SURVEY_ROLES } },
      { path: 'interviews', name: 'admin-interviews', component: () => import('@/admin/interviews/InterviewsPage.vue'), meta: { title: '在线访谈', roles: SURVEY_ROLES } },
      { path: 'interviews/new', name: 'admin-interview-new', component: () => import('@/admin/interviews/InterviewPage.vue'), meta: { title: '策划在线访谈', roles: SURVEY_ROLES } },
      { path: 'interviews/:id', name: 'admin-interview', component: () => import('@/admin/interviews/InterviewPage.vue'), meta: { title: '在线访谈', roles: SURVEY_ROLES } },
      { path: 'surveys', name: 'admin-surveys', component: () => import('@/admin/surveys/SurveysPage.vue'), meta: { title: '网上调查', roles: SURVEY_ROLES } },
      { path: 'surveys/new', name: 'admin-survey-new', component: () => import('@/admin/surveys/SurveyPage.vue'), meta: { title: '新建网上调查', roles: SURVEY_ROLES } },
      { path: 'surveys/:id', name: 'admin-survey', component: () => import('@/admin/surveys/SurveyPage.vue'), meta: { title: '网上调查', roles: SURVEY_ROLES } },
      { path: 'mailbox-messages', name: 'mailbox-messages', component: () => import('@/admin/mailbox/MailboxPage.vue'), meta: { title: '领导信箱', roles: MAILBOX_ROLES } },
      { path: 'mailbox-messages/:id', name: 'mailbox-message', component: () => import('@/admin/mailbox/LetterPage.vue'), meta: { title: '来信办理', roles: MAILBOX_ROLES } },
      { path: 'disclosure-requests', name: 'disclosure-requests', component: () => import('@/admin/disclosure/DisclosureRequestsPage.vue'), meta: { title: '依申请公开', roles: DISCLOSURE_ROLES } },
      { path: 'disclosure-requests/:id', name: 'disclosure-request', component: () => import('@/admin/disclosure/DisclosureRequestPage.vue'), meta: { title: '公开申请办理', roles: DISCLOSURE_ROLES } },
      { path: 'deadlines', name: 'deadlines', component: () => import('@/admin/deadlines/DeadlinesPage.vue'), meta: { title: '办理时限', roles: DEADLINE_ROLES } },
      { path: 'search-index', name: 'search-index', component: () => import('@/admin/search/SearchIndexPage.vue'), meta: { title: '站内搜索索引', roles: ['site-office', 'tech-ops', 'sys-admin'] } },
      { path: 'mail', name: 'mail', component: () => import('@/admin/mail/MailPage.vue'), meta: { title: '邮件记录', roles: MAIL_ROLES } },
      { path: 'calendar', name: 'calendar', component: () => import('@/admin/calendar/CalendarPage.vue'), meta: { title: '工作日历' } },
      { path: 'org', name: 'org', component: () => import('@/admin/org/OrgPage.vue'), meta: { title: '单位与职责' } },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/admin/audit/AuditPage.vue'),
        meta: { title: '审计日志', roles: ['auditor'] },
      },
      { path: 'forbidden', name: 'forbidden', component: () => import('@/admin/ForbiddenPage.vue'), meta: { title: '无权访问' } },
      { path: ':pathMatch(.*)*', name: 'admin-not-found', component: () => import('@/admin/AdminNotFoundPage.vue'), meta: { title: '页面不存在' } },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (!to.matched.some((record) => record.meta.requiresAuth)) return true
  // The console's session code loads with the console, never with the public site.
  const [{ login, restoreSession, roleNames, session }, { loadMe }] = await Promise.all([import('@/auth/session'), import('@/admin/me')])
  if (!(await restoreSession())) {
    try {
      await login(to.fullPath)
    } catch {
      // Keycloak cannot be reached: say so, instead of a blank console.
      return { name: 'sign-in-unavailable', query: { from: to.fullPath } }
    }
    return false
  }
  if (!session.me) {
    const outcome = await loadMe()
    if (outcome === 'forbidden' && to.name !== 'forbidden') return { name: 'forbidden' }
  }
  if (!mayOpen(to.meta.roles, roleNames())) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

router.afterEach((to) => {
  const page = [...to.matched].reverse().find((record) => record.meta.title)?.meta.title
  if (!to.path.startsWith('/admin')) {
    if (!to.meta.titledByPage) setPageTitle(to.name === 'home' ? null : (page ?? null))
    return
  }
  document.title = page ? `${page} - 天山 管理控制台` : '天山 管理控制台'
})

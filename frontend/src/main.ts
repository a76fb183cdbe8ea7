import { createApp, nextTick } from 'vue'
import './styles/theme.css'
import App from './App.vue'
import { router } from './router'
import { whenContentIsReady } from './site/serverRendered'

const app = createApp(App)
// Element Plus (components, icons, its stylesheet) loads only for the console: public pages are plain Vue.
let consoleUi: Promise<void> | null = null
router.beforeEach(async (to) => {
  if (to.path.startsWith('/admin')) {
    consoleUi ??= import('./admin/consoleUi').then(({ installConsoleUi }) => installConsoleUi(app))
    await consoleUi
  }
  return true
})
app.use(router)
const page = document.getElementById('app')!
if (page.childElementCount > 0) {
  // A server-rendered public page: mount off-screen, take its place once the content is fetched.
  const offscreen = document.createElement('div')
  app.mount(offscreen)
  router
    .isReady()
    .then(() => nextTick())
    .then(() =>
      whenContentIsReady(() => {
        offscreen.id = 'app'
        page.replaceWith(offscreen)
      }, 3000),
    )
} else {
  app.mount(page)
}

import { createApp } from 'vue'
import './styles/theme.css'
import App from './App.vue'
import { router } from './router'

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
app.use(router).mount('#app')

import type { App } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'

/** Registers Element Plus, in Chinese, once the console is opened. */
export function installConsoleUi(app: App): void {
  app.use(ElementPlus, { locale: zhCn })
}

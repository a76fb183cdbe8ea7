import { defineConfig } from '@playwright/test'

// Debian's Chromium (apt-get install chromium fonts-noto-cjk); Playwright never downloads a browser here.
// The backend under test is the packaged jar serving the built SPA, against the test Keycloak and the browser
// tests' own database that deploy/test started (coordinates in .local/test/services.env), so the backend suite can
// run on its database at the same time. That database starts fresh and the backend fills it with the demo
// department, as deploy/run does: the specs read the published articles, guides and policies a real site has.
// deploy/test copies the packaged app aside (TIANSHAN_E2E_APP), so the backend suite's build cannot replace it.
const origin = process.env.TIANSHAN_E2E_ORIGIN ?? 'http://localhost:8083'
const port = new URL(origin).port

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: origin,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `java -jar ${process.env.TIANSHAN_E2E_APP ?? '../backend/target/quarkus-app'}/quarkus-run.jar`,
    url: `${origin}/q/health/ready`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      QUARKUS_HTTP_PORT: port,
      TIANSHAN_SPA_DIRECTORY: new URL('./dist', import.meta.url).pathname,
      TIANSHAN_DB_URL: process.env.TIANSHAN_E2E_DB_URL ?? 'jdbc:mysql://127.0.0.1:3306/tianshan_e2e',
      TIANSHAN_DB_USER: process.env.TIANSHAN_DB_USER ?? 'root',
      TIANSHAN_DB_PASSWORD: process.env.TIANSHAN_DB_PASSWORD ?? '',
      TIANSHAN_OIDC_URL: process.env.TIANSHAN_OIDC_URL ?? 'http://localhost:8182/realms/tianshan',
      TIANSHAN_DEMO_DATA: 'true',
      TIANSHAN_SEARCH_DIR: new URL('../.local/test/e2e-search-index', import.meta.url).pathname,
    },
  },
})

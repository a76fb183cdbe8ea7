import { expect, test } from '@playwright/test'
import { expectAccessible } from './support'

// The demo department's year of articles (the browser tests' backend loads it) has this one in 交通要闻, and the same
// news from three prefectures under their own names; 绿色出行 alone segments into single characters.
const TITLE = '全区城市公交新能源车辆占比持续提高'
const WORDS = '城市公交 新能源 绿色出行'

test('a citizen searches in Chinese from the home page, narrows to a column and opens a result', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('header-search').fill(WORDS)
  await page.getByTestId('header-search').press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  const results = page.getByTestId('search-results')
  await expect(results.getByRole('link', { name: TITLE }).first()).toBeVisible()
  await expect(results.locator('mark').first()).toBeVisible()
  await expectAccessible(page)

  await page.getByTestId('search-column').selectOption({ label: '　交通要闻' })
  await page.getByTestId('search-submit').click()
  await expect(page).toHaveURL(/column=\d+/)
  await expect(page.getByTestId('search-summary')).toBeVisible()
  const hits = results.locator('li')
  await expect(hits.first()).toBeVisible()
  for (const meta of await results.locator('.meta').allTextContents()) {
    expect(meta).toContain('交通要闻')
  }

  await results.getByRole('link', { name: TITLE }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
})

test('the same search works with JavaScript turned off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await page.locator('#ssr-site-search').fill(WORDS)
  await page.locator('#ssr-site-search').press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  await expect(page.locator('.search-results').getByRole('link', { name: TITLE }).first()).toBeVisible()
  await page.locator('#ssr-column').selectOption({ label: '　交通要闻' })
  await page.getByRole('button', { name: '搜索', exact: true }).last().click()
  await expect(page).toHaveURL(/column=\d+/)
  await page.locator('.search-results').getByRole('link', { name: TITLE }).first().click()
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(TITLE)
  await context.close()
})

import { expect, test } from '@playwright/test'

test('every public page offers 网站找错 and 机构设置, serves a favicon, and /units renders without JavaScript', async ({ page, request }) => {
  await page.goto('/')
  await expect(page.getByTestId('error-report')).toHaveText('我为政府网站找错')
  await expect(page.getByTestId('error-report')).toHaveAttribute('href', /^https?:\/\//)
  expect((await request.get('/favicon.ico')).status()).toBe(200)
  expect((await request.get('/favicon.svg')).status()).toBe(200)

  const units = await request.get('/units')
  expect(units.status()).toBe(200)
  const html = await units.text()
  expect(html).toContain('机构设置')
  expect(html).toContain('政策法规处')
  expect(html).toContain('我为政府网站找错')
})

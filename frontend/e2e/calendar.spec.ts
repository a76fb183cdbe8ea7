import { expect, test } from '@playwright/test'
import { signIn } from './support'

test('the site office sees the official schedule and marks a day off, then removes it', async ({ page }) => {
  await signIn(page, 'sun.li')
  await page.goto('/admin/calendar')
  const shownYear = async () => Number((await page.locator('.year').innerText()).replace(/\D/g, ''))
  for (let guard = 0; guard < 10 && (await shownYear()) !== 2026; guard++) {
    await page.getByRole('button', { name: (await shownYear()) > 2026 ? '上一年' : '下一年' }).click()
  }
  await expect(page.locator('[data-date="2026-10-01"]')).toHaveAttribute('data-status', 'holiday')
  await expect(page.locator('[data-date="2026-10-10"]')).toHaveAttribute('data-status', 'makeup')
  await expect(page.locator('[data-date="2026-10-10"]')).toHaveAttribute('aria-label', /国庆节调休上班/)

  const day = page.locator('[data-date="2026-12-07"]')
  await expect(day).toHaveAttribute('data-status', 'workday')
  await day.click()
  await page.getByTestId('day-reason').fill('浏览器测试放假')
  await page.getByTestId('day-save').click()
  await expect(day).toHaveAttribute('data-status', 'holiday')

  await day.click()
  await page.getByRole('button', { name: '删除条目' }).click()
  await expect(day).toHaveAttribute('data-status', 'workday')
})

test('an import with a wrong entry lists every problem and changes nothing', async ({ page }) => {
  await signIn(page, 'sun.li')
  await page.goto('/admin/calendar')
  await page.getByTestId('import-open').click()
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad-2030.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        year: 2030,
        holidays: [{ name: '春节', from: '2030-02-08', to: '2030-02-02' }],
        makeupWorkdays: [{ date: '2030-02-06', name: '春节' }],
      }),
    ),
  })
  await page.getByTestId('import-submit').click()
  const errors = page.getByTestId('import-errors')
  await expect(errors).toContainText('holidays[0].to')
  await expect(errors).toContainText('makeupWorkdays[0].date')
})

test('an editor may read the calendar but not change it', async ({ page }) => {
  await signIn(page, 'li.na')
  await page.goto('/admin/calendar')
  await expect(page.locator('.month').first()).toBeVisible()
  await expect(page.getByTestId('import-open')).toHaveCount(0)
  await expect(page.locator('button.day')).toHaveCount(0)
})

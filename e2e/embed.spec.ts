// embed=1: only the graph and a small link to the full view, for an iframe.
import type { Page } from '@playwright/test';
import { expect, openExplorer, test, watchPage } from './fixtures';
import { readCounts, wheelZoom } from './helpers';

const fullViewLink = (page: Page) => page.getByRole('link', { name: /^Open the full view/ });

test('shows only the graph and a link to the same view in full', async ({ page }) => {
  await openExplorer(page, '?focus=tiktok&hide=bytedance');
  const counts = await readCounts(page);
  expect(counts.entities).toBeLessThan(counts.totalEntities);

  await page.goto('./?focus=tiktok&hide=bytedance&embed=1');
  await expect(page.getByRole('img', { name: /^Graph of/ })).toHaveAccessibleName(
    new RegExp(`^Graph of ${counts.entities} entities and ${counts.relations} relations`),
  );
  await expect(fullViewLink(page)).toBeVisible();
  // Nothing else: no search, no lists, no panels, no controls.
  await expect(page.getByRole('combobox', { name: 'Search entities' })).toHaveCount(0);
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(page.getByRole('heading')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(1);

  const href = new URL((await fullViewLink(page).getAttribute('href')) ?? '', page.url());
  expect(href.searchParams.has('embed')).toBe(false);
  expect(href.searchParams.get('focus')).toBe('tiktok');
  expect(href.searchParams.get('hide')).toBe('bytedance');
  await expect(page).toHaveURL(/[?&]embed=1(&|$)/);
});

test('the link opens the full view of the same subgraph in a new tab', async ({
  page,
  context,
  problems,
}) => {
  await openExplorer(page, '?focus=bytedance&hops=2');
  const status = await page.getByTestId('status-line').textContent();
  const entities = await page
    .getByRole('listbox', { name: /Entities shown/ })
    .getByRole('option')
    .allTextContents();

  await page.goto('./?focus=bytedance&hops=2&embed=1');
  const [full] = await Promise.all([context.waitForEvent('page'), fullViewLink(page).click()]);
  await watchPage(full, problems);
  await expect(full.getByRole('combobox', { name: 'Search entities' })).toBeVisible();
  await expect(full.getByTestId('status-line')).toHaveText(status ?? '');
  await expect(
    full.getByRole('listbox', { name: /Entities shown/ }).getByRole('option'),
  ).toHaveText(entities);
  await expect(full.getByRole('group', { name: 'Neighbourhood size' })).toContainText('ByteDance');
  expect(full.url()).not.toContain('embed');
});

test('panning and zooming in the embed keep embed=1 and carry over to the link', async ({
  page,
}) => {
  await page.goto('./?focus=tiktok&embed=1');
  const canvas = page.getByRole('img', { name: /^Graph of/ });
  await expect(canvas).toBeVisible();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the graph has no box');
  await wheelZoom(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, -200);
  await expect(page).toHaveURL(/[?&]vp=[^&]+.*&embed=1$/);
  const vp = new URL(page.url()).searchParams.get('vp');
  await expect(fullViewLink(page)).toHaveAttribute('href', new RegExp(`vp=${vp}`));
  await expect(fullViewLink(page)).not.toHaveAttribute('href', /embed/);
});

test('works inside an iframe on another page', async ({ page }) => {
  // A page of a story that embeds the graph. It is served from the same host: Chromium blocks a
  // page from a public or blank origin from framing a loopback address.
  await page.route('**/story.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>A story</title><main><h1>A story</h1>
        <iframe title="Evidence graph" src="./?focus=tiktok&embed=1" width="640" height="420">
        </iframe></main></html>`,
    }),
  );
  await page.goto('./story.html');
  const frame = page.frameLocator('iframe[title="Evidence graph"]');
  await expect(frame.getByRole('img', { name: /^Graph of \d+ entities/ })).toBeVisible();
  await expect(frame.getByRole('link', { name: /^Open the full view/ })).toBeVisible();
  await expect(frame.getByRole('combobox')).toHaveCount(0);
});

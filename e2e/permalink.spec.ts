// Copy link → open it in a fresh browser → exactly the same view: the same entities and
// relations, the same selection, the same open panels and the same viewport.
import type { Page } from '@playwright/test';
import { detailsPanel, expect, openExplorer, searchAndSelect, test, watchPage } from './fixtures';
import { readCounts, wheelZoom } from './helpers';

/** Everything a person can read off the screen that the link is meant to carry. */
async function readView(page: Page) {
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  const details = page.locator('section.details');
  const reader = page.locator('section.reader');
  return {
    status: await page.getByTestId('status-line').textContent(),
    entities: await list.getByRole('option').allTextContents(),
    selected: await list.getByRole('option', { selected: true }).allTextContents(),
    details: await details.getByRole('heading', { level: 2 }).allTextContents(),
    reader: await reader.getByRole('heading', { level: 2 }).allTextContents(),
    focus: await page.getByRole('group', { name: 'Neighbourhood size' }).allTextContents(),
    from: await page.getByLabel('From', { exact: true }).inputValue(),
    to: await page.getByLabel('To', { exact: true }).inputValue(),
    uncheckedFilters: await page
      .getByRole('checkbox', { checked: false })
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? '')),
  };
}

/** Where each listed entity is drawn, once the canvas has stopped moving. */
async function settledPositions(page: Page, ids: readonly string[]) {
  const read = () =>
    page.evaluate(
      (keys) => keys.map((key) => window.explorerCanvas?.clientPositionOf(key) ?? null),
      [...ids],
    );
  let previous = await read();
  await expect
    .poll(async () => {
      const current = await read();
      const settled =
        current.every((point) => point !== null) &&
        JSON.stringify(current) === JSON.stringify(previous);
      previous = current;
      return settled;
    })
    .toBe(true);
  return previous as { x: number; y: number }[];
}

const shownIds = (page: Page) =>
  page
    .getByRole('listbox', { name: /Entities shown/ })
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => option.getAttribute('data-id') ?? ''));

test('a copied link reopens the same view in a fresh browser', async ({
  page,
  context,
  browser,
  problems,
}) => {
  test.slow(); // a dozen steps in one browser, then all of it checked again in another
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  const full = await readCounts(page);

  // Filters: no places, only relations from 2021 on (undated ones stay).
  await page.getByRole('checkbox', { name: 'Place' }).uncheck();
  await page.getByLabel('From', { exact: true }).fill('2021-01-01');
  await expect(page).toHaveURL(/from=2021-01-01/);

  // Focus on TikTok, then open ByteDance's neighbours.
  await searchAndSelect(page, 'TikTok');
  await detailsPanel(page, 'TikTok').getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Neighbourhood size' })).toContainText('TikTok');
  const focused = await readCounts(page);
  await searchAndSelect(page, 'ByteDance');
  await detailsPanel(page, 'ByteDance').getByRole('button', { name: 'Expand neighbours' }).click();
  await expect
    .poll(async () => (await readCounts(page)).entities)
    .toBeGreaterThan(focused.entities);

  // Select one of the entities the expansion brought in, and open a source in the reader.
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  await list.getByRole('option', { name: /^Beijing-based engineer/ }).click();
  const engineer = 'Beijing-based engineer ("Master Admin")';
  await expect(detailsPanel(page, engineer)).toBeVisible();
  const read = page.getByRole('button', { name: /^Read “/ }).first();
  const sourceTitle = ((await read.textContent()) ?? '').replace(/^Read “|”$/g, '');
  await read.click();
  await expect(page.getByRole('region', { name: sourceTitle })).toBeVisible();

  // Zoom in off-centre: the viewport is part of the view. Selecting centred the graph on the
  // selection; let that settle first, as a person's eye would.
  await settledPositions(page, await shownIds(page));
  const canvas = page.getByTestId('graph-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the graph canvas has no box');
  await wheelZoom(page, { x: box.x + box.width * 0.3, y: box.y + box.height * 0.35 }, -240);
  await expect(page).toHaveURL(/vp=/);

  const before = await readView(page);
  const ids = await shownIds(page);
  const positions = await settledPositions(page, ids);
  // The view is hand-built: a subset of the graph, with every part the link must carry.
  expect((await readCounts(page)).entities).toBeLessThan(full.totalEntities);
  expect(before.selected).toEqual([expect.stringContaining(engineer)]);
  expect(before.details).toEqual([engineer]);
  expect(before.reader).toEqual([sourceTitle]);
  // "Include statements" (paths through claims) is off by default.
  expect(before.uncheckedFilters).toEqual([
    expect.stringContaining('Place'),
    expect.stringContaining('Include statements'),
  ]);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  for (const key of ['sel=', 'focus=tiktok', 'exp=bytedance', 'from=2021-01-01', 'xt=place']) {
    expect(link).toContain(key);
  }
  for (const key of ['read=', 'vp=']) expect(link).toContain(key);

  // A fresh browser: no storage, no history, nothing but the link.
  const fresh = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const other = await fresh.newPage();
    await watchPage(other, problems);
    await other.goto(link);
    await expect(other.getByTestId('status-line')).toHaveText(before.status ?? '');
    await expect(
      other.getByRole('listbox', { name: /Entities shown/ }).getByRole('option'),
    ).toHaveText(before.entities);
    expect(await readView(other)).toEqual(before);
    expect(await shownIds(other)).toEqual(ids);
    // Same zoom and pan: every entity drawn where it was (the link rounds pan to whole pixels).
    const restored = await settledPositions(other, ids);
    const offsets = restored.map((point, i) => {
      const was = positions[i] ?? { x: NaN, y: NaN };
      return Math.hypot(point.x - was.x, point.y - was.y);
    });
    expect(Math.max(...offsets)).toBeLessThan(2);
    // A canonical link is a fixed point: opening it rewrites nothing.
    expect(other.url()).toBe(link);
  } finally {
    await fresh.close();
  }
});

test('Copy link puts the address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, '?focus=tiktok');
  const status = page.getByRole('status').filter({ hasText: 'Link copied' });
  await expect(status).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('Share… appears where the browser can share, and shares the address', async ({ page }) => {
  // Desktop Chromium on Linux has no Web Share API: give the page one that records its calls.
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { sharedForTest: shared });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await openExplorer(page, '?focus=bytedance');
  await page.getByRole('button', { name: 'Share…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared' })).toBeVisible();
  const shared = await page.evaluate(
    () => (window as unknown as { sharedForTest: ShareData[] }).sharedForTest,
  );
  expect(shared).toEqual([expect.objectContaining({ url: page.url() })]);
});

test('without the Web Share API there is no Share button', async ({ page }) => {
  await openExplorer(page);
  const canShare = await page.evaluate(() => typeof navigator.share === 'function');
  test.skip(canShare, 'this browser has the Web Share API');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);
});

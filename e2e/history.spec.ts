// Back and forward walk through exploration steps: deliberate moves (select, focus, expand, open
// a source) push a history entry; continuous ones (the date brush, typing a date, zooming)
// replace the current one.
import type { Page } from '@playwright/test';
import { detailsPanel, expect, openExplorer, searchAndSelect, test } from './fixtures';
import { wheelZoom } from './helpers';

const historyLength = (page: Page) => page.evaluate(() => history.length);

/** What a step of exploration looks like on screen. */
async function snapshot(page: Page) {
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  return {
    url: page.url(),
    status: (await page.getByTestId('status-line').textContent()) ?? '',
    entities: await list.getByRole('option').allTextContents(),
    selected: await list.getByRole('option', { selected: true }).allTextContents(),
    focus: await page.getByRole('group', { name: 'Neighbourhood size' }).allTextContents(),
  };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** Waits until the page shows the recorded step again, then compares all of it. */
async function expectStep(page: Page, step: Snapshot) {
  await expect(page).toHaveURL(step.url);
  await expect(page.getByTestId('status-line')).toHaveText(step.status);
  expect(await snapshot(page)).toEqual(step);
}

test('back and forward walk through select, select, focus', async ({ page }) => {
  test.slow(); // ten navigations, each compared in full
  await openExplorer(page);
  const start = await snapshot(page);

  await searchAndSelect(page, 'TikTok');
  await expect(detailsPanel(page, 'TikTok')).toBeVisible();
  const tiktok = await snapshot(page);

  await searchAndSelect(page, 'ByteDance');
  const bytedancePanel = detailsPanel(page, 'ByteDance');
  await expect(bytedancePanel).toBeVisible();
  const bytedance = await snapshot(page);

  await bytedancePanel.getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Neighbourhood size' })).toContainText('ByteDance');
  const focused = await snapshot(page);

  // Three deliberate moves, three entries, each a different view.
  expect(new Set([start.url, tiktok.url, bytedance.url, focused.url]).size).toBe(4);
  expect(focused.status).not.toBe(bytedance.status);
  expect(bytedance.focus).toEqual([]);

  await page.goBack();
  await expectStep(page, bytedance);
  await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Neighbourhood size' })).toHaveCount(0);

  await page.goBack();
  await expectStep(page, tiktok);
  await expect(detailsPanel(page, 'TikTok')).toBeVisible();

  await page.goBack();
  await expectStep(page, start);
  await expect(page.getByRole('region', { name: 'TikTok' })).toHaveCount(0);

  await page.goForward();
  await expectStep(page, tiktok);
  await page.goForward();
  await expectStep(page, bytedance);
  await page.goForward();
  await expectStep(page, focused);
  await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
});

test('expanding and opening a source push entries; back undoes each', async ({ page }) => {
  await openExplorer(page, '?focus=tiktok');
  await searchAndSelect(page, 'ByteDance');
  const panel = detailsPanel(page, 'ByteDance');
  await expect(panel).toBeVisible();
  const selected = await snapshot(page);

  await panel.getByRole('button', { name: 'Expand neighbours' }).click();
  await expect(page.getByTestId('status-line')).not.toHaveText(selected.status);
  const expanded = await snapshot(page);
  expect(expanded.entities.length).toBeGreaterThan(selected.entities.length);

  const read = page.getByRole('button', { name: /^Read “/ }).first();
  const title = ((await read.textContent()) ?? '').replace(/^Read “|”$/g, '');
  await read.click();
  const reader = page.getByRole('region', { name: title });
  await expect(reader).toBeVisible();
  await expect(page).toHaveURL(/[?&]read=/);

  await page.goBack();
  await expect(reader).toHaveCount(0);
  await expectStep(page, expanded);

  await page.goBack();
  await expectStep(page, selected);
  await expect(panel.getByRole('button', { name: 'Expand neighbours' })).toBeEnabled();

  await page.goForward();
  await expectStep(page, expanded);
  await page.goForward();
  await expect(reader).toBeVisible();
});

test('typing dates replaces the current entry instead of pushing new ones', async ({ page }) => {
  await openExplorer(page);
  const start = await snapshot(page);
  await searchAndSelect(page, 'TikTok');
  await expect(detailsPanel(page, 'TikTok')).toBeVisible();
  const entries = await historyLength(page);

  const from = page.getByLabel('From', { exact: true });
  await from.fill('2020-01-01');
  await expect(page).toHaveURL(/[?&]from=2020-01-01/);
  await from.fill('2021-06-15');
  await page.getByLabel('To', { exact: true }).fill('2022-03-31');
  await expect(page).toHaveURL(/[?&]from=2021-06-15&to=2022-03-31/);
  const dated = await snapshot(page);
  expect(dated.status).not.toBe(start.status);
  expect(await historyLength(page)).toBe(entries);

  // One step back leaves the selection and its dates together; forward brings both back.
  await page.goBack();
  await expectStep(page, start);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await page.goForward();
  await expectStep(page, dated);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2021-06-15');
  await expect(detailsPanel(page, 'TikTok')).toBeVisible();
});

test('dragging the date brush replaces the current entry', async ({ page }) => {
  await openExplorer(page);
  await searchAndSelect(page, 'ByteDance');
  await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
  const selected = await snapshot(page);
  const entries = await historyLength(page);

  const brush = page.getByRole('img', { name: /Dated relations per month/ });
  await brush.scrollIntoViewIfNeeded();
  const box = await brush.boundingBox();
  if (!box) throw new Error('the date histogram has no box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.35, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.9, y, { steps: 8 });
  await page.mouse.up();

  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByLabel('From', { exact: true })).not.toHaveValue('');
  await expect(page.getByLabel('To', { exact: true })).not.toHaveValue('');
  expect(await historyLength(page)).toBe(entries);
  expect(page.url()).toContain('sel=bytedance');

  // Back goes past the whole drag, to the step before the selection.
  await page.goBack();
  await expect(page).not.toHaveURL(/sel=|from=/);
  await page.goForward();
  await expect(page).toHaveURL(/sel=bytedance.*from=.*to=/);
  expect(await snapshot(page)).not.toEqual(selected);
});

test('zooming replaces the current entry; the next deliberate move pushes after it', async ({
  page,
}) => {
  await openExplorer(page, '?focus=tiktok');
  const entries = await historyLength(page);
  const canvas = page.getByTestId('graph-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the graph canvas has no box');
  const at = { x: box.x + box.width / 3, y: box.y + box.height / 3 };
  await wheelZoom(page, at, -200);
  await expect(page).toHaveURL(/[?&]vp=/);
  await wheelZoom(page, at, -200);
  await expect(page).toHaveURL(/[?&]vp=/);
  const zoomedAgain = page.url();
  expect(await historyLength(page)).toBe(entries);

  await searchAndSelect(page, 'ByteDance');
  await expect(page).toHaveURL(/sel=bytedance/);
  expect(await historyLength(page)).toBe(entries + 1);
  await page.goBack();
  await expect(page).toHaveURL(zoomedAgain);
  await expect(page.getByRole('region', { name: 'ByteDance' })).toHaveCount(0);
});

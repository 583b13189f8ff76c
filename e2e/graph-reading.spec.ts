// Reading the graph: the overview's layout at a laptop's size, the tooltip a node shows under the
// pointer or from the entity list, and zooming without a wheel (the zoom buttons) and with one.
import { CANVAS_AT_1440_BY_900, measureOverview } from '../bench/quality/layoutQuality';
import { expect, openExplorer, test } from './fixtures';
import { settledPosition } from './helpers';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the overview overlaps nothing and labels the ten best-connected entities', async ({
    page,
  }) => {
    await openExplorer(page);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    // Measured on the canvas as this page lays it out (the unit test assumes CANVAS_AT_1440_BY_900).
    const quality = await measureOverview({ width: box.width, height: box.height });
    const report = JSON.stringify({ ...quality, assumed: CANVAS_AT_1440_BY_900, box });
    expect(quality.labelLabelOverlaps, report).toBe(0);
    expect(quality.labelNodeOverlaps, report).toBe(0);
    expect(quality.nodeOverlaps, report).toBe(0);
    expect(quality.topConnectedUnlabelled, report).toEqual([]);
  });
});

test('hovering a node shows its label, type and number of relations; a claim says it is disputed', async ({
  page,
}) => {
  await openExplorer(page);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeHidden();
  const tiktok = await settledPosition(page, 'tiktok');
  await page.mouse.move(tiktok.x, tiktok.y);
  await expect(tooltip).toContainText('TikTok');
  await expect(tooltip).toContainText(/Organi[sz]ation · \d+ relations/);
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();

  const claim = await settledPosition(page, 'claim-tiktok-china-has-no-access');
  await page.mouse.move(claim.x, claim.y);
  await expect(tooltip).toContainText('US data stays in the US, China has no access');
  await expect(tooltip).toContainText('disputed');
  await expect(tooltip).not.toContainText('relations');
});

test('the entity focused in the entity list gets the tooltip, and loses it with the focus', async ({
  page,
}) => {
  await openExplorer(page);
  const list = page.getByRole('listbox', { name: /^Entities shown/ });
  await list.focus();
  await page.keyboard.press('ArrowDown');
  const selected = list.getByRole('option', { selected: true });
  const name = (await selected.locator('.entity-name').textContent()) ?? '';
  expect(name).not.toBe('');
  await expect(page.getByRole('tooltip')).toContainText(name);
  await page.getByRole('combobox', { name: 'Search entities' }).focus();
  await expect(page.getByRole('tooltip')).toBeHidden();
});

test('the zoom buttons zoom in and out from the keyboard, and fit brings the whole graph back', async ({
  page,
}) => {
  await openExplorer(page);
  const spread = async () =>
    distance(await settledPosition(page, 'tiktok'), await settledPosition(page, 'china'));
  const fitted = await spread();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await zoomIn.focus();
  await page.keyboard.press('Enter');
  await expect.poll(spread).toBeCloseTo(fitted * 1.4, 0);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(spread).toBeCloseTo(fitted / 1.4, 0);
  // A zoom is view state: it goes into the address, and fitting takes it out again.
  await expect(page).toHaveURL(/[?&]vp=/);
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await expect.poll(spread).toBeCloseTo(fitted, 0);
  await expect(page).not.toHaveURL(/[?&]vp=/);
});

test('one notch of a mouse wheel zooms by a fifth', async ({ page }) => {
  await openExplorer(page);
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  const spread = async () =>
    distance(await settledPosition(page, 'tiktok'), await settledPosition(page, 'china'));
  const fitted = await spread();
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.wheel(0, -100);
  await expect.poll(spread).toBeCloseTo(fitted * 1.2, 0);
});

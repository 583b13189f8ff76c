// Focus, hops, expansion, hiding and showing everything again.
import { detailsPanel, expect, openExplorer, searchAndSelect, test } from './fixtures';
import { readCounts, settledPosition } from './helpers';

test('focus shows a neighbourhood that grows with + and shrinks with -', async ({ page }) => {
  await openExplorer(page);
  const all = await readCounts(page);
  await searchAndSelect(page, 'ByteDance');
  await detailsPanel(page, 'ByteDance').getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page).toHaveURL(/focus=bytedance/);
  await expect.poll(async () => (await readCounts(page)).entities).toBeLessThan(all.entities);
  const oneHop = await readCounts(page);

  await page.getByRole('listbox', { name: /Entities shown/ }).focus();
  await page.keyboard.press('+');
  await expect(page.getByRole('group', { name: 'Neighbourhood size' })).toContainText('2 hops');
  await expect.poll(async () => (await readCounts(page)).entities).toBeGreaterThan(oneHop.entities);
  await page.keyboard.press('-');
  await expect.poll(() => readCounts(page)).toEqual(oneHop);

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => readCounts(page)).toEqual(all);
});

test('double-clicking a node expands its neighbours; hide removes a node', async ({ page }) => {
  await openExplorer(page);
  await searchAndSelect(page, 'WeChat');
  await detailsPanel(page, 'WeChat').getByRole('button', { name: 'Focus', exact: true }).click();
  const before = await readCounts(page);
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  const neighbour = (await list.getByRole('option').allTextContents()).length;
  expect(neighbour).toBe(before.entities);

  const order = await settledPosition(page, 'trump-executive-order');
  await page.mouse.dblclick(order.x, order.y);
  await expect(page).toHaveURL(/exp=trump-executive-order/);
  await expect.poll(async () => (await readCounts(page)).entities).toBeGreaterThan(before.entities);

  await searchAndSelect(page, 'Donald Trump');
  await detailsPanel(page, 'Donald Trump').getByRole('button', { name: 'Hide' }).click();
  await expect(list.getByRole('option', { name: /^Donald Trump/ })).toHaveCount(0);
  await expect(page).toHaveURL(/hide=donald-trump/);
});

test('re-layout spreads the drawn neighbourhood anew and keeps it in view', async ({ page }) => {
  await openExplorer(page);
  await searchAndSelect(page, 'ByteDance');
  await detailsPanel(page, 'ByteDance').getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page).toHaveURL(/focus=bytedance/);
  const counts = await readCounts(page);
  const gap = async () => {
    const a = await settledPosition(page, 'bytedance');
    const b = await settledPosition(page, 'tiktok');
    return { dx: b.x - a.x, dy: b.y - a.y };
  };
  const before = await gap();

  await page.getByRole('button', { name: 'Re-layout' }).click();
  // The layout animates; once it settles the two are placed differently relative to each other.
  await expect
    .poll(async () => {
      const after = await gap();
      return Math.hypot(after.dx - before.dx, after.dy - before.dy);
    })
    .toBeGreaterThan(5);
  // Same elements, all still inside the canvas.
  expect(await readCounts(page)).toEqual(counts);
  const canvas = await page.getByTestId('graph-canvas').boundingBox();
  for (const id of ['bytedance', 'tiktok']) {
    const point = await settledPosition(page, id);
    expect(point.x).toBeGreaterThanOrEqual(canvas!.x);
    expect(point.x).toBeLessThanOrEqual(canvas!.x + canvas!.width);
    expect(point.y).toBeGreaterThanOrEqual(canvas!.y);
    expect(point.y).toBeLessThanOrEqual(canvas!.y + canvas!.height);
  }
});

test('a re-layout is part of the link: it reopens laid out the same way, and back undoes it', async ({
  page,
  browser,
}) => {
  await openExplorer(page, '?focus=bytedance');
  const gap = async (on = page) => {
    const a = await settledPosition(on, 'bytedance');
    const b = await settledPosition(on, 'tiktok');
    return { dx: Math.round(b.x - a.x), dy: Math.round(b.y - a.y) };
  };
  const compiled = await gap();
  await page.getByRole('button', { name: 'Re-layout' }).click();
  await expect(page).toHaveURL(/[?&]lay=/);
  await expect.poll(async () => JSON.stringify(await gap())).not.toBe(JSON.stringify(compiled));
  const relaid = await gap();

  // Fitted to the same canvas from the same positions: the same picture, to the pixel.
  const other = await browser.newPage({ viewport: page.viewportSize() ?? undefined });
  await openExplorer(other, new URL(page.url()).search);
  expect(await gap(other)).toEqual(relaid);
  await other.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]lay=/);
  await expect.poll(async () => JSON.stringify(await gap())).toBe(JSON.stringify(compiled));
});

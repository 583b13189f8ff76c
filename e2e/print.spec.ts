// Printing the view (issue 17): the graph large across the page, then the selection's details with
// their quotes and sources, and no controls.
import { detailsPanel, expect, openExplorer, test } from './fixtures';

test('print media shows the graph across the page, then the details, without controls', async ({
  page,
}) => {
  await openExplorer(page, '?sel=bytedance');
  await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  const canvas = page.getByTestId('graph-canvas');
  const box = (await canvas.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(0.6 * pageWidth);
  // What is drawn follows the box, not just the container.
  const drawn = await canvas.evaluate((element) =>
    Math.max(
      ...[...element.querySelectorAll('canvas')].map((c) => c.getBoundingClientRect().width),
    ),
  );
  expect(drawn).toBeGreaterThanOrEqual(0.6 * pageWidth);

  // The details follow the graph, with their evidence.
  const details = detailsPanel(page, 'ByteDance');
  await expect(details).toBeVisible();
  expect((await details.boundingBox())!.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
  await expect(details.getByRole('heading', { name: 'Relations' })).toBeVisible();

  // No controls: search, filters, graph controls, entity actions.
  await expect(page.getByRole('combobox', { name: 'Search entities' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Graph controls' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Entity actions' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeHidden();

  // Back on screen, everything returns.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('toolbar', { name: 'Graph controls' })).toBeVisible();
});

// The foundation flows: open, search, read the evidence, click through, and the list alternative.
import { detailsPanel, expect, openExplorer, searchAndSelect, test } from './fixtures';
import { drawnIds, fetchCorpus, settledPosition } from './helpers';

test('opens on the bundled corpus with the graph, the list and no console noise', async ({
  page,
}) => {
  await openExplorer(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leaked TikTok meetings');
  await expect(page.getByTestId('status-line')).toHaveText(
    /Showing (\d+) of \1 entities, (\d+) of \2 relations/,
  );
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  await expect(list.getByRole('option', { name: /^TikTok · Organization/ })).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
});

test('search by alias, select with the keyboard, and read a quote in the details', async ({
  page,
}) => {
  await openExplorer(page);
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill('USDS');
  const results = page.getByRole('listbox', { name: 'Search entities results' });
  await expect(results.getByRole('option').first()).toContainText('U.S. Data Security');
  await search.press('ArrowDown');
  await expect(results.getByRole('option', { selected: true })).not.toContainText(
    'U.S. Data Security',
  );
  await search.press('ArrowUp');
  await expect(results.getByRole('option', { selected: true })).toContainText('U.S. Data Security');
  await search.press('Enter');
  const details = detailsPanel(page, 'U.S. Data Security (USDS)');
  await expect(details).toBeVisible();
  await expect(details.getByText('Organization', { exact: true })).toBeVisible();
  await expect(
    details
      .locator('blockquote')
      .filter({ hasText: 'We created U.S. Data Security (USDS) in May' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/sel=usds/);
});

test('click through the graph from the details panel', async ({ page }) => {
  await openExplorer(page);
  await searchAndSelect(page, 'ByteDance');
  const bytedance = detailsPanel(page, 'ByteDance');
  await expect(bytedance).toBeVisible();
  await bytedance.getByRole('button', { name: 'TikTok', exact: true }).first().click();
  const tiktok = detailsPanel(page, 'TikTok');
  await expect(tiktok).toBeVisible();
  await expect(
    tiktok.getByRole('button', { name: 'ByteDance', exact: true }).first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/sel=tiktok(&|$)/);
});

test('clicking a node on the canvas selects it; clicking an edge shows its evidence', async ({
  page,
}) => {
  await openExplorer(page);
  await searchAndSelect(page, 'ByteDance');
  await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
  // Focus the neighbourhood so the elements are large and apart, then click them where drawn.
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await page.getByRole('button', { name: 'Fit' }).click();
  const position = (id: string) => settledPosition(page, id);
  const node = await position('tiktok');
  await page.mouse.click(node.x, node.y);
  await expect(detailsPanel(page, 'TikTok')).toBeVisible();
  // What is picked on the canvas stays under the pointer (a search pick is centred instead), so a
  // double-click's second click lands on the same node.
  expect(await position('tiktok')).toEqual(node);

  // Click the middle of an edge that no node covers (the layout may put a node on a midpoint),
  // inside the canvas (fit again first, so the whole neighbourhood is in view).
  await page.getByRole('button', { name: 'Fit' }).click();
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  const inside = (point: { x: number; y: number }) =>
    point.x > canvas.x + 10 &&
    point.x < canvas.x + canvas.width - 10 &&
    point.y > canvas.y + 10 &&
    point.y < canvas.y + canvas.height - 10;
  const corpus = await fetchCorpus(page);
  const labelOf = new Map(corpus.nodes.map((entry) => [entry.key, entry.attributes.label]));
  const shown = corpus.nodes.map((entry) => entry.key);
  const drawn = await drawnIds(page, shown);
  const nodePoints = await Promise.all(drawn.map((id) => position(id)));
  const candidates = corpus.edges.filter(
    (entry) =>
      !entry.attributes.derived && drawn.includes(entry.source) && drawn.includes(entry.target),
  );
  let target: { key: string; x: number; y: number; heading: RegExp } | null = null;
  const escape = (text: string | undefined) => (text ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const candidate of candidates) {
    const point = await position(candidate.key);
    const clear =
      inside(point) &&
      nodePoints.every((node) => Math.hypot(node.x - point.x, node.y - point.y) > 30);
    if (clear) {
      // The heading is a sentence: subject, the predicate's reading, object.
      const heading = new RegExp(
        `^${escape(labelOf.get(candidate.source))} \\S.* ${escape(labelOf.get(candidate.target))}$`,
      );
      target = { key: candidate.key, ...point, heading };
      break;
    }
  }
  expect(target, 'an edge whose middle is clear of nodes').not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  const relation = detailsPanel(page, target!.heading);
  await expect(relation).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`sel=${target!.key}(&|$)`));
  await expect(relation.getByRole('heading', { name: 'Evidence' })).toBeVisible();
  await expect(relation.locator('blockquote').first()).not.toBeEmpty();
  await expect(relation.getByRole('button', { name: 'Show in source' }).first()).toBeVisible();
});

test('the entity list follows the selection and selects from the keyboard', async ({ page }) => {
  await openExplorer(page);
  await searchAndSelect(page, 'WeChat');
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  await expect(list.getByRole('option', { name: /^WeChat/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await list.focus();
  await page.keyboard.press('ArrowDown');
  const selected = list.locator('[aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).not.toContainText('WeChat');
  const label = (await selected.locator('.entity-name').textContent()) ?? '';
  await expect(page.getByRole('region', { name: label })).toBeVisible();
});

test('closing the details or the reader returns focus to the entity list', async ({ page }) => {
  await openExplorer(page);
  await searchAndSelect(page, 'WeChat');
  const details = detailsPanel(page, 'WeChat');
  await details.getByRole('button', { name: 'Close details' }).press('Enter');
  await expect(details).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Entities shown' })).toBeFocused();

  await page.getByRole('button', { name: /^Read “TikTok data of US users/ }).press('Enter');
  const reader = page.getByRole('region', {
    name: 'TikTok data of US users repeatedly accessed by China',
  });
  await reader.getByRole('button', { name: 'Close source' }).press('Enter');
  await expect(reader).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Entities shown' })).toBeFocused();
});

// The overview at scale: a corpus of 10,000 entities (the benchmark's generator, size M, seed 1),
// served by the config's third webServer. The whole-graph view draws every entity the filters keep
// (a context layer under the interactive, labelled level of detail); a click on a point picks it.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { CompiledGraph } from '../src/schema/compiledGraph';
import { detailsPanel, expect, test } from './fixtures';

test.use({ baseURL: process.env.OVERVIEW_BASE_URL ?? 'http://127.0.0.1:4319/' });
// Parsing and drawing 10,000 entities takes seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });

const STATUS = /Showing (\d+) of (\d+) entities, (\d+) of (\d+) relations/;

async function drawnCounts(page: Page) {
  const text = (await page.getByTestId('status-line').textContent()) ?? '';
  const match = STATUS.exec(text.replace(/\s+/g, ' '));
  expect(match, text).not.toBeNull();
  const count = (i: number) => Number(match?.[i] ?? NaN);
  return { nodes: count(1), totalNodes: count(2), edges: count(3), totalEdges: count(4) };
}

async function openOverview(page: Page) {
  await page.goto('./');
  // The download and parse of 10,000 entities take longer than the suite's usual wait.
  await expect(page.getByTestId('context-note')).toBeVisible({ timeout: 60_000 });
}

async function corpusOf(page: Page): Promise<CompiledGraph> {
  const response = await page.request.get('corpus.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as CompiledGraph;
}

/**
 * A point in sight drawn by the context layer only (not by cytoscape), with no other point within
 * 4 pixels and no interactive node within 40: a click on its centre picks the nearest point, which
 * can only be that entity. (10,000 points in one canvas leave few with more room than that.)
 */
async function lonePoint(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('.graph-canvas')?.getBoundingClientRect();
    const inside = (p: { x: number; y: number }) =>
      canvas !== undefined &&
      p.x > canvas.left + 20 &&
      p.x < canvas.right - 20 &&
      p.y > canvas.top + 20 &&
      p.y < canvas.bottom - 20;
    const points = window.explorerContext?.clientPoints() ?? [];
    const cell = 4;
    const grid = new Map<string, number>();
    const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    for (const p of points) grid.set(key(p.x, p.y), (grid.get(key(p.x, p.y)) ?? 0) + 1);
    const near = (x: number, y: number) => {
      let count = 0;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) count += grid.get(key(x + dx * cell, y + dy * cell)) ?? 0;
      return count;
    };
    const interactive = points
      .map((p) => window.explorerCanvas?.clientPositionOf(p.id))
      .filter((p): p is { x: number; y: number } => Boolean(p));
    return (
      points.find(
        (p) =>
          window.explorerCanvas?.clientPositionOf(p.id) === null &&
          inside(p) &&
          near(p.x, p.y) === 1 &&
          interactive.every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 40),
      ) ?? null
    );
  });
}

test('the overview draws every entity, the best-connected of them labelled', async ({ page }) => {
  await openOverview(page);
  const graph = await corpusOf(page);
  const counts = await drawnCounts(page);
  expect(counts.totalNodes).toBe(graph.nodes.length);
  expect(counts.nodes).toBe(counts.totalNodes);
  expect(counts.totalEdges).toBe(graph.edges.key.length);
  expect(counts.edges).toBe(counts.totalEdges);
  await expect(page.getByTestId('context-note')).toContainText(
    `Drawing all ${graph.nodes.length.toLocaleString('en')} entities; 200 labelled`,
  );
  // The points are on the canvas, not only counted: every entity has one in sight when fitted.
  const inSight = await page.evaluate(() => window.explorerContext?.clientPoints().length ?? 0);
  expect(inSight).toBeGreaterThan(graph.nodes.length * 0.9);
  // Communities can colour the points.
  await page.getByRole('checkbox', { name: /Colour the points by community/ }).check();
  await expect(
    page.getByRole('checkbox', { name: /Colour the points by community/ }),
  ).toBeChecked();
});

test('a click on a context point opens its details', async ({ page }) => {
  await openOverview(page);
  const graph = await corpusOf(page);
  // 10,000 points fill the middle of the canvas densely: zoom in until some have room around them.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const found: { point: Awaited<ReturnType<typeof lonePoint>> } = { point: null };
  await expect
    .poll(
      async () => {
        found.point = await lonePoint(page);
        // The zoom applies at once; the next poll looks at the redrawn points.
        if (found.point === null) await zoomIn.click();
        return found.point;
      },
      { message: 'a point with room around it', timeout: 30_000, intervals: [500] },
    )
    .not.toBeNull();
  const point = found.point;
  const label = graph.nodes.find((node) => node.key === point!.id)?.attributes.label ?? '';
  expect(label).not.toBe('');
  await page.mouse.click(point!.x, point!.y);
  await expect(detailsPanel(page, label)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]sel=${point!.id}(&|$)`));
  // The picked entity is now drawn interactively, where its point was.
  await expect
    .poll(() =>
      page.evaluate((id) => window.explorerCanvas?.clientPositionOf(id) ?? null, point!.id),
    )
    .not.toBeNull();
});

test('filters hide context points', async ({ page }) => {
  await openOverview(page);
  const graph = await corpusOf(page);
  const people = new Set(
    graph.nodes.filter((node) => node.attributes.type === 'person').map((node) => node.key),
  );
  expect(people.size).toBeGreaterThan(0);
  const before = await drawnCounts(page);
  await page
    .getByRole('group', { name: 'Entity types' })
    .getByRole('checkbox', { name: 'Person' })
    .uncheck();
  await expect.poll(async () => (await drawnCounts(page)).nodes).toBeLessThan(before.nodes);
  await expect(page.getByTestId('context-note')).toContainText('matching entities');
  const shown = await page.evaluate(
    () => window.explorerContext?.clientPoints().map((point) => point.id) ?? [],
  );
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((id) => people.has(id))).toEqual([]);
});

test('the PNG export holds every point of the overview, not only the labelled entities', async ({
  page,
}) => {
  await openOverview(page);
  const graph = await corpusOf(page);
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('checkbox', { name: /Caption the image/ }).uncheck();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG image', exact: true }).click(),
  ]);
  const png = await readFile(await file.path());
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  // The picture spans the extent of all 10,000 points (2 pixels per unit, or less when that would
  // exceed the 8,192-pixel side a browser can encode), which the 200 labelled entities do not.
  const xs = graph.nodes.map((node) => node.attributes.x);
  const ys = graph.nodes.map((node) => node.attributes.y);
  const span = {
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
  const scale = Math.min(2, 8192 / (Math.max(span.width, span.height) + 40));
  expect(size.width).toBeGreaterThanOrEqual(Math.floor(span.width * scale));
  expect(size.height).toBeGreaterThanOrEqual(Math.floor(span.height * scale));
});

test('the overview with its context note has no axe violations', async ({ page }) => {
  test.slow();
  await openOverview(page);
  const { violations } = await new AxeBuilder({ page })
    .include('.stage')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

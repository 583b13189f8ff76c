// Export the current view: each format downloads a file that parses, holding exactly what is
// visible (the entities listed, the relations counted in the status line) with its evidence.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { expect, openExplorer, test } from './fixtures';
import { readCounts, type ShownCounts } from './helpers';

interface Visible {
  counts: ShownCounts;
  ids: string[];
  labels: string[];
}

/** TikTok's neighbourhood without claims: a view that leaves out part of the graph. */
async function openFilteredView(page: Page): Promise<Visible> {
  await openExplorer(page, '?focus=tiktok');
  const before = await readCounts(page);
  await page.getByRole('checkbox', { name: 'Claim', exact: true }).uncheck();
  await expect(page.getByTestId('status-line')).not.toContainText(`Showing ${before.entities} of`);
  const counts = await readCounts(page);
  expect(counts.entities).toBeLessThan(counts.totalEntities);
  expect(counts.relations).toBeLessThan(counts.totalRelations);
  const options = page.getByRole('listbox', { name: /Entities shown/ }).getByRole('option');
  await expect(options).toHaveCount(counts.entities);
  const ids = await options.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-id') ?? ''),
  );
  const labels = (await options.allTextContents()).map((text) => text.split(' · ')[0] ?? '');
  await openExportMenu(page);
  return { counts, ids: ids.sort(), labels: labels.sort() };
}

async function openExportMenu(page: Page): Promise<void> {
  // A <details> disclosure: its <summary> has no ARIA role to find it by, only its text.
  await page.getByText('Export', { exact: true }).click();
  await expect(page.getByRole('button', { name: /^Export / })).toHaveCount(7);
}

async function download(page: Page, format: string): Promise<{ file: Download; body: Buffer }> {
  const button = page.getByRole('button', { name: `Export ${format}`, exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, body: await readFile(await file.path()) };
}

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  expect(quoted, 'the file ends inside a quoted cell').toBe(false);
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const sorted = (items: Iterable<string>) => [...items].sort();

/** A quote as the flat formats write it: its words, then its source by title and its speaker. */
const QUOTE_IN_WORDS = /^"[^]+" \(in “[^”]+”, according to [^)]+\)/;
const STATUS_WORDS = ['reported', 'attributed', 'opinion', 'document', 'inference'];

test('JSON is graphology’s serialisation of exactly the visible subgraph', async ({ page }) => {
  const visible = await openFilteredView(page);
  const { file, body } = await download(page, 'JSON (graphology)');
  expect(file.suggestedFilename()).toBe('graph.json');
  const graph = MultiDirectedGraph.from(JSON.parse(body.toString('utf8')));
  expect(graph.order).toBe(visible.counts.entities);
  expect(graph.size).toBe(visible.counts.relations);
  expect(sorted(graph.nodes())).toEqual(visible.ids);
  expect(sorted(graph.mapNodes((_id, attributes) => String(attributes.label)))).toEqual(
    visible.labels,
  );
  // Evidence travels with each relation: quotes located in their sources.
  const quotes = graph.reduceEdges(
    (all, _id, attributes) => [...all, ...(attributes.evidence as { exact: string }[])],
    [] as { exact: string }[],
  );
  expect(quotes.length).toBeGreaterThan(0);
  graph.forEachEdge((_id, attributes) => {
    expect(attributes).toEqual(
      expect.objectContaining({
        evidence: expect.any(Array),
        sources: expect.any(Array),
        status: expect.any(String),
        accordingTo: expect.any(Array),
        origins: expect.any(Array),
        independentOrigins: expect.any(Number),
        dateEstimated: expect.any(Boolean),
      }),
    );
    for (const quote of attributes.evidence as { headlineOnly: unknown; accordingTo: unknown }[]) {
      expect(typeof quote.headlineOnly).toBe('boolean');
      expect(Array.isArray(quote.accordingTo)).toBe(true);
    }
  });
  // The sources it cites, with their titles, travel with it.
  const cited = graph.getAttribute('sources') as { id: string; title: string }[];
  expect(cited.length).toBeGreaterThan(0);
  for (const source of cited) expect(source.title).not.toBe('');
});

test('GEXF opens with graphology-gexf, with the visible nodes, edges and evidence', async ({
  page,
}) => {
  const visible = await openFilteredView(page);
  const { file, body } = await download(page, 'GEXF');
  expect(file.suggestedFilename()).toBe('graph.gexf');
  const graph = parseGexf(MultiDirectedGraph, body.toString('utf8'));
  expect(graph.order).toBe(visible.counts.entities);
  expect(graph.size).toBe(visible.counts.relations);
  expect(sorted(graph.nodes())).toEqual(visible.ids);
  expect(sorted(graph.mapNodes((_id, attributes) => String(attributes.label)))).toEqual(
    visible.labels,
  );
  const evidence = graph.mapEdges((_id, attributes) => String(attributes.evidence ?? ''));
  expect(evidence.some((text) => QUOTE_IN_WORDS.test(text))).toBe(true);
  graph.forEachNode((_id, attributes) => {
    expect(typeof attributes.x).toBe('number');
    expect(typeof attributes.y).toBe('number');
    // Each node in its type's colour, as on screen.
    expect(attributes.color).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
  });
  expect(body.toString('utf8')).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
  graph.forEachEdge((_id, attributes) => {
    expect(STATUS_WORDS).toContain(attributes.status);
    expect(String(attributes.attribution)).toMatch(/^according to /);
  });
});

test('GraphML opens with graphology-graphml, with the visible nodes, edges and evidence', async ({
  page,
}) => {
  const visible = await openFilteredView(page);
  const { file, body } = await download(page, 'GraphML');
  expect(file.suggestedFilename()).toBe('graph.graphml');
  const graph = parseGraphml(MultiDirectedGraph, body.toString('utf8'));
  expect(graph.order).toBe(visible.counts.entities);
  expect(graph.size).toBe(visible.counts.relations);
  expect(sorted(graph.nodes())).toEqual(visible.ids);
  expect(sorted(graph.mapNodes((_id, attributes) => String(attributes.label)))).toEqual(
    visible.labels,
  );
  const evidence = graph.mapEdges((_id, attributes) => String(attributes.evidence ?? ''));
  expect(evidence.some((text) => QUOTE_IN_WORDS.test(text))).toBe(true);
  graph.forEachEdge((_id, attributes) => {
    expect(Number(attributes.sourceCount)).toBeGreaterThanOrEqual(0);
    expect(Number(attributes.independentOrigins)).toBeLessThanOrEqual(
      Number(attributes.sourceCount),
    );
    expect(STATUS_WORDS).toContain(attributes.status);
  });
});

test('CSV nodes and edges use Gephi’s columns, one row per visible element', async ({ page }) => {
  const visible = await openFilteredView(page);

  const nodes = await download(page, 'CSV nodes');
  expect(nodes.file.suggestedFilename()).toBe('nodes.csv');
  const [nodeHeader = [], ...nodeRows] = parseCsv(nodes.body.toString('utf8'));
  expect(nodeHeader.slice(0, 2)).toEqual(['Id', 'Label']);
  expect(nodeRows).toHaveLength(visible.counts.entities);
  for (const row of nodeRows) expect(row).toHaveLength(nodeHeader.length);
  expect(sorted(nodeRows.map((row) => row[0] ?? ''))).toEqual(visible.ids);

  const edges = await download(page, 'CSV edges');
  expect(edges.file.suggestedFilename()).toBe('edges.csv');
  const [edgeHeader = [], ...edgeRows] = parseCsv(edges.body.toString('utf8'));
  expect(edgeHeader.slice(0, 3)).toEqual(['Source', 'Target', 'Type']);
  expect(edgeRows).toHaveLength(visible.counts.relations);
  const column = (name: string) => edgeHeader.indexOf(name);
  expect(column('evidence')).toBeGreaterThan(2);
  for (const row of edgeRows) {
    expect(row).toHaveLength(edgeHeader.length);
    // Every relation joins two listed entities.
    expect(visible.ids).toContain(row[0]);
    expect(visible.ids).toContain(row[1]);
    expect(row[2]).toBe('Directed');
  }
  expect(edgeRows.some((row) => QUOTE_IN_WORDS.test(row[column('evidence')] ?? ''))).toBe(true);
  // Sources by title, never by id; every relation says who it is according to, and how.
  const json = MultiDirectedGraph.from(
    JSON.parse((await download(page, 'JSON (graphology)')).body.toString('utf8')),
  );
  const sourceIds = (json.getAttribute('sources') as { id: string }[]).map((s) => s.id);
  for (const name of ['status', 'attribution', 'independentOrigins', 'dateBasis', 'note']) {
    expect(column(name), name).toBeGreaterThan(2);
  }
  for (const row of edgeRows) {
    const sources = (row[column('sources')] ?? '').split('; ');
    for (const id of sourceIds) expect(sources).not.toContain(id);
    expect(STATUS_WORDS).toContain(row[column('status')]);
    expect(row[column('attribution')]).toMatch(/^according to /);
  }
  // No cell a spreadsheet would run as a formula.
  const cells = [...nodeRows, ...edgeRows].flat();
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
});

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Of each band of rows, how many pixels differ from the background (decoded by the browser). */
async function inkByBand(
  page: Page,
  png: Buffer,
  bands: { from: number; to: number }[],
): Promise<number[]> {
  return await page.evaluate(
    async ({ base64, bands }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(bitmap, 0, 0);
      const [r0, g0, b0] = context.getImageData(0, 0, 1, 1).data;
      return bands.map(({ from, to }) => {
        const { data } = context.getImageData(0, from, bitmap.width, to - from);
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (
            Math.abs((data[i] ?? 0) - (r0 ?? 0)) +
              Math.abs((data[i + 1] ?? 0) - (g0 ?? 0)) +
              Math.abs((data[i + 2] ?? 0) - (b0 ?? 0)) >
            96
          )
            ink += 1;
        }
        return ink;
      });
    },
    { base64: png.toString('base64'), bands },
  );
}

test('PNG is cytoscape’s image of the graph', async ({ page }) => {
  await openFilteredView(page);
  const { file, body } = await download(page, 'PNG image');
  expect(file.suggestedFilename()).toBe('graph.png');
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: a real image, not an empty canvas.
  expect(body.readUInt32BE(16)).toBeGreaterThan(10);
  expect(body.readUInt32BE(20)).toBeGreaterThan(10);
});

test('the PNG carries a title band and a caption, and can be exported without them', async ({
  page,
}) => {
  await openFilteredView(page);
  const caption = page.getByRole('checkbox', { name: /Caption the image/ });
  await expect(caption).toBeChecked();
  const captioned = (await download(page, 'PNG image')).body;
  await caption.uncheck();
  const plain = (await download(page, 'PNG image')).body;

  const withCaption = pngSize(captioned);
  const without = pngSize(plain);
  expect(withCaption.width).toBeGreaterThanOrEqual(without.width);
  // A title band above and at least four lines (legend, filters, sources, link) below, at scale 2.
  expect(withCaption.height - without.height).toBeGreaterThan(2 * (64 + 4 * 22));

  // The title band holds text: ink in its rows, between the margins and above the drawing.
  const [titleInk = 0, margin = 0] = await inkByBand(page, captioned, [
    { from: 48, to: 112 },
    { from: 0, to: 40 },
  ]);
  expect(titleInk).toBeGreaterThan(200);
  expect(margin).toBe(0);
  // The caption below the drawing holds text too.
  const [captionInk = 0] = await inkByBand(page, captioned, [
    { from: withCaption.height - 2 * 100, to: withCaption.height - 2 * 20 },
  ]);
  expect(captionInk).toBeGreaterThan(200);
});

test('SVG draws the visible entities with their labels, and the caption unless unchecked', async ({
  page,
}) => {
  const visible = await openFilteredView(page);
  const { file, body } = await download(page, 'SVG image');
  expect(file.suggestedFilename()).toBe('graph.svg');
  const read = (svg: string) =>
    page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: document.getElementsByTagName('parsererror').length,
        ids: [...document.querySelectorAll('#nodes > g')].map((g) => g.getAttribute('data-id')),
        labels: [...document.querySelectorAll('#nodes text')].map((t) => t.textContent),
        edges: document.querySelectorAll('#edges > path').length,
        caption: [...document.querySelectorAll('#caption text')].map((t) => t.textContent),
      };
    }, svg);
  const captioned = await read(body.toString('utf8'));
  expect(captioned.errors).toBe(0);
  expect(sorted(captioned.ids.map(String))).toEqual(visible.ids);
  expect(captioned.edges).toBe(visible.counts.relations);
  expect(captioned.labels.length).toBeGreaterThan(0);
  for (const label of captioned.labels) expect(visible.labels).toContain(label);
  expect(captioned.caption[0]).toBe('Leaked TikTok meetings');
  expect(captioned.caption).toContain('Filters: around TikTok (1 step); hiding Claim');
  expect(captioned.caption.some((line) => line?.startsWith('Sources: “'))).toBe(true);
  expect(captioned.caption.some((line) => line?.includes('focus=tiktok'))).toBe(true);

  await page.getByRole('checkbox', { name: /Caption the image/ }).uncheck();
  const plain = await read((await download(page, 'SVG image')).body.toString('utf8'));
  expect(plain.caption).toEqual([]);
  expect(plain.ids).toEqual(captioned.ids);
});

test('a selection fades the rest on screen but leaves the PNG its own size', async ({ page }) => {
  await openExplorer(page);
  await openExportMenu(page);
  // Without the caption: its permalink, and so its wrapping, changes with the selection.
  await page.getByRole('checkbox', { name: /Caption the image/ }).uncheck();
  const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
  const whole = size((await download(page, 'PNG image')).body);

  await page
    .getByRole('listbox', { name: /Entities shown/ })
    .getByRole('option')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page).toHaveURL(/sel=/);
  const selected = size((await download(page, 'PNG image')).body);
  expect(selected).toEqual(whole);
});

test('an export follows the view: showing more exports more', async ({ page }) => {
  const visible = await openFilteredView(page);
  await page.getByRole('checkbox', { name: 'Claim', exact: true }).check();
  await expect(page.getByTestId('status-line')).not.toContainText(
    `Showing ${visible.counts.entities} of`,
  );
  const counts = await readCounts(page);
  const { body } = await download(page, 'JSON (graphology)');
  const graph = MultiDirectedGraph.from(JSON.parse(body.toString('utf8')));
  expect(graph.order).toBe(counts.entities);
  expect(graph.size).toBe(counts.relations);
});

test.describe('the writers failing to arrive', () => {
  test.use({ expectedProblems: [/Failed to load resource/] });

  test('say the export could not be made, and download nothing', async ({ page }) => {
    await page.route(/\/assets\/formats-[^/]*\.js$/, (route) => route.abort('connectionreset'));
    await openExplorer(page);
    await openExportMenu(page);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Export GEXF' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The export could not be made; reload the page and try again',
    );
    expect(downloads).toBe(0);
  });
});

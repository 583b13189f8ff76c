// Start-up: the graph's download does not wait for the app's code, its progress (and the reading of
// a large graph) is shown and named, and every way the graph or the app's code can fail to arrive
// is said on the page instead of a blank or a spinner.
import AxeBuilder from '@axe-core/playwright';
import { STARTUP_MARKS, STARTUP_STAGES, startupStages } from '../bench/runner/startupStages';
import type { Page } from '@playwright/test';
import { TYPE_APPEARANCE } from '../src/render/style/palette';
import { expect, test } from './fixtures';
import { fetchCorpus, readCounts } from './helpers';

test("the graph's download starts before the app's code has arrived, and happens once", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('./');
  await expect(page.getByTestId('status-line')).toContainText('Showing');
  const corpus = requested.filter((path) => path.endsWith('/corpus.json'));
  expect(corpus).toHaveLength(1);
  const app = requested.findIndex((path) => /\/assets\/boot-[^/]*\.js$/.test(path));
  expect(app, "the app's own chunk").toBeGreaterThan(-1);
  expect(requested.indexOf(corpus[0] ?? '')).toBeLessThan(app);
});

test('each step of the start-up is marked, in order, for the benchmark', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('status-line')).toContainText('Showing');
  const readMarks = () =>
    page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    );
  // The panels and the first frame come before cytoscape has drawn its own: wait for every mark.
  await expect
    .poll(async () => Object.keys(await readMarks()))
    .toEqual(expect.arrayContaining([...STARTUP_MARKS]));
  const marks = await readMarks();
  const at = (name: string) => marks[name] ?? NaN;
  expect(at('explorer:download-start')).toBeLessThan(at('explorer:downloaded'));
  const parsed = at('explorer:parsed');
  expect(Math.max(at('explorer:downloaded'), at('explorer:app-loaded'))).toBeLessThanOrEqual(
    parsed,
  );
  const inOrder = [
    'explorer:parsed',
    'explorer:model',
    'explorer:canvas',
    'explorer:first-render',
    'explorer:scene-applied',
    'explorer:cytoscape-drawn',
  ].map(at);
  expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
  expect(Object.keys(startupStages(marks))).toHaveLength(STARTUP_STAGES.length);
});

test.describe('a graph that is missing', () => {
  test.use({ expectedProblems: [/Failed to load resource.*404/] });

  test('names the file and how to make it', async ({ page }) => {
    await page.route('**/corpus.json', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(
      'The graph could not be downloaded; is ./corpus.json beside the page? npm run build writes it',
    );
    await expect(alert.getByRole('listitem')).toHaveText('404 Not Found');
  });
});

test('a graph that is not JSON says so, with where it stops parsing', async ({ page }) => {
  await page.route('**/corpus.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"nodes": [' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The compiled graph is not valid JSON');
  await expect(alert.getByRole('listitem')).toContainText('SyntaxError');
});

test('a graph compiled by another version asks for a new compile, naming what differs', async ({
  page,
}) => {
  await page.route('**/corpus.json', async (route) => {
    const response = await route.fetch();
    const graph = (await response.json()) as { attributes: { formatVersion: number } };
    graph.attributes.formatVersion = 1;
    await route.fulfill({ response, json: graph });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText(
    'The compiled graph does not match this version of the explorer; run npm run data again',
  );
  await expect(alert.getByRole('listitem')).toContainText('attributes.formatVersion');
});

test.describe("the app's code failing to arrive", () => {
  test.use({ expectedProblems: [/Failed to load resource/] });

  test('says to reload the page rather than leaving it blank', async ({ page }) => {
    await page.route(/\/assets\/boot-[^/]*\.js$/, (route) => route.abort('connectionreset'));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(
      'The explorer could not be loaded; reload the page',
    );
    await expect(alert).toContainText('boot-');
  });
});

/** Holds the renderer's chunk (cytoscape) until released, to look at the page without it. */
async function holdRenderer(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/createRenderer-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const [view, query] of [
  ['the whole graph', ''],
  ['a focus opened from a link', '?focus=tiktok'],
] as const) {
  test(`${view} is drawn before its renderer arrives, which then takes over without moving anything`, async ({
    page,
  }) => {
    const release = await holdRenderer(page);
    await page.goto(`./${query}`);
    await expect(page.getByTestId('status-line')).toContainText('Showing');
    const graph = page.getByRole('img', { name: /^Graph of/ });
    await expect(graph).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Entities shown' })).toBeVisible();
    // Drawn without cytoscape: keep what the first frame shows, to compare with cytoscape's.
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.first-frame');
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return 0;
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      (window as unknown as { firstFrame: ImageData }).firstFrame = frame;
      let count = 0;
      for (let i = 3; i < frame.data.length; i += 4) if ((frame.data[i] ?? 0) > 0) count += 1;
      return count;
    });
    expect(inked, 'pixels the first frame drew').toBeGreaterThan(5000);
    expect(await page.evaluate(() => window.explorerCanvas === undefined)).toBe(true);

    release();
    await expect(graph.locator('canvas.first-frame')).toHaveCount(0);
    const corpus = await fetchCorpus(page);
    // Where cytoscape draws each node, the first frame had drawn that node's colour.
    const colours = Object.fromEntries(
      Object.entries(TYPE_APPEARANCE).map(([type, appearance]) => [type, appearance.light]),
    );
    const checks = await page.evaluate(
      (nodes) => {
        const frame = (window as unknown as { firstFrame: ImageData }).firstFrame;
        const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
        const scale = frame.width / box.width;
        return nodes.map(({ key, colour }) => {
          const point = window.explorerCanvas?.clientPositionOf(key);
          if (!point) return { key, drawn: false, same: false };
          const x = Math.round((point.x - box.left) * scale);
          const y = Math.round((point.y - box.top) * scale);
          const at = (y * frame.width + x) * 4;
          const hex = `#${[0, 1, 2]
            .map((offset) => (frame.data[at + offset] ?? 0).toString(16).padStart(2, '0'))
            .join('')}`;
          return { key, drawn: true, same: hex === colour };
        });
      },
      corpus.nodes.map((node) => ({ key: node.key, colour: colours[node.attributes.type] ?? '' })),
    );
    const drawn = checks.filter((check) => check.drawn);
    expect(drawn).toHaveLength((await readCounts(page)).entities);
    // A node's centre can lie under a neighbour or a label drawn after it: in the dense focus,
    // one in eight. A first frame 12 pixels off matches almost none.
    const same = drawn.filter((check) => check.same).length;
    expect(same / drawn.length).toBeGreaterThan(0.8);
  });
}

test.describe("the renderer's code failing to arrive", () => {
  // Two patterns: a pair would read as [value, options], so the list is given in that form.
  test.use({
    expectedProblems: [
      [/Failed to load resource/, /renderer could not be started/],
      { scope: 'test' },
    ],
  });

  test('leaves no drawing that never answers: the page says to reload', async ({ page }) => {
    await page.route(/\/assets\/createRenderer-[^/]*\.js$/, (route) =>
      route.abort('connectionreset'),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("The graph's renderer could not be started; reload the page");
    await expect(page.getByRole('img', { name: /^Graph of/ })).toHaveCount(0);
  });
});

test('while the graph downloads, a progress bar says so by name and value', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/corpus.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const bar = page.getByRole('progressbar', { name: 'Loading the graph' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuetext', /^Downloading the graph/);
  await expect(page.getByText(/^Downloading the graph/)).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  release();
  await expect(page.getByTestId('status-line')).toContainText('Showing');
  await expect(bar).toHaveCount(0);
});

test('a large graph is said to be read before the page blocks on reading it', async ({ page }) => {
  const padding = 3 * 2 ** 20;
  await page.route('**/corpus.json', async (route) => {
    const original = await (await route.fetch()).text();
    // JSON allows whitespace after the value: the same graph, as large as a big corpus's.
    await route.fulfill({ contentType: 'application/json', body: original + ' '.repeat(padding) });
  });
  // Every state of the bar that reached the screen, read once per frame.
  await page.addInitScript(() => {
    const seen: [string | null, string | null][] = [];
    (window as unknown as { loadingSeen: typeof seen }).loadingSeen = seen;
    const look = () => {
      const bar = document.querySelector('progress');
      if (bar) {
        const state: [string | null, string | null] = [
          bar.getAttribute('aria-valuetext'),
          bar.getAttribute('value'),
        ];
        const last = seen.at(-1);
        if (!last || last[0] !== state[0] || last[1] !== state[1]) seen.push(state);
      }
      if (!document.querySelector('[data-testid="status-line"]')) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('./');
  await expect(page.getByTestId('status-line')).toContainText('Showing');
  const seen = await page.evaluate(
    () => (window as unknown as { loadingSeen: [string | null, string | null][] }).loadingSeen,
  );
  const reading = seen.findIndex(([text]) => /^Reading the graph \(3\.\d MB\)$/.test(text ?? ''));
  expect(reading, JSON.stringify(seen)).toBeGreaterThan(-1);
  expect(seen[reading]?.[1]).toBe('0.6');
  // Whatever of the download was seen came before it, and no further along the bar.
  for (const [text, value] of seen.slice(0, reading)) {
    expect(text).toMatch(/^Downloading the graph/);
    expect(Number(value ?? 0)).toBeLessThanOrEqual(0.6);
  }
});

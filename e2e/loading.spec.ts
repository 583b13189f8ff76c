// Start-up: the graph's download does not wait for the app's code, and every way the graph or the
// app's code can fail to arrive is said on the page instead of a blank or a spinner.
import { STARTUP_MARKS, STARTUP_STAGES, startupStages } from '../bench/runner/startupStages';
import { expect, test } from './fixtures';

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
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  expect(Object.keys(marks)).toEqual(expect.arrayContaining([...STARTUP_MARKS]));
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
    'explorer:scene-applied',
    'explorer:first-render',
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

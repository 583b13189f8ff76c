// The dev server survives every bad data file and recovers when the file is fixed. It runs on a
// copy of data/ in a temporary folder, on a free port, with its own Vite cache so that it never
// races another dev server (or the other run of --repeat-each) over node_modules/.vite.
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';

const repoRoot = resolve(import.meta.dirname, '..');
const ENTITIES = 'annotations/entities.yaml';
const RELATIONS = 'annotations/relations-organizations.yaml';

let server: ChildProcess | undefined;
let serverLog = '';
let workDir = '';
let dataDir = '';
let baseURL = '';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`vite exited:\n${serverLog}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`vite did not answer at ${url}:\n${serverLog}`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  workDir = await mkdtemp(join(tmpdir(), 'who-said-what-dev-'));
  dataDir = join(workDir, 'data');
  await cp(join(repoRoot, 'data'), dataDir, { recursive: true });
  // The project's config with a cache of its own; the symlink lets Vite resolve the config's
  // imports (vite, plugins) from a file outside the repository.
  await symlink(join(repoRoot, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  await writeFile(
    join(workDir, 'vite.config.mjs'),
    `import config from ${JSON.stringify(join(repoRoot, 'vite.config.ts'))};\n` +
      `export default { ...config, root: ${JSON.stringify(repoRoot)}, cacheDir: ${JSON.stringify(join(workDir, 'vite-cache'))} };\n`,
  );
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}/`;
  server = spawn(
    process.execPath,
    [
      join(repoRoot, 'node_modules/vite/bin/vite.js'),
      '--configLoader',
      'runner',
      '--config',
      join(workDir, 'vite.config.mjs'),
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: dataDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  await waitUntilAnswering(`${baseURL}corpus.json`, 90_000);
});

// Playwright reads the fixtures a hook wants from its first parameter's pattern: this one wants none.
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  // What the server said (recompiles, restarts, errors) explains most failures here.
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('vite dev server log', { body: serverLog, contentType: 'text/plain' });
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server?.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Rewrites one line of a corpus file; returns where the changed text starts (1-based). */
async function breakLine(file: string, find: string, replace: string, at: string) {
  const path = join(dataDir, file);
  const original = await readFile(path, 'utf8');
  const lines = original.split('\n');
  const index = lines.findIndex((line) => line.endsWith(find));
  expect(index, `"${find}" in ${file}`).toBeGreaterThanOrEqual(0);
  const broken = (lines[index] ?? '').replace(find, replace);
  lines[index] = broken;
  await writeFile(path, lines.join('\n'));
  return {
    where: `${file}:${index + 1}:${broken.indexOf(at) + 1}`,
    restore: () => writeFile(path, original),
  };
}

async function expectGraph(page: Page): Promise<void> {
  await expect(page.getByTestId('status-line')).toContainText('Showing', { timeout: 20_000 });
}

/** The error as the Vite overlay shows it and, optionally, as the app lists it after a reload. */
async function expectError(
  page: Page,
  request: APIRequestContext,
  { where, message, reload }: { where: string; message: RegExp; reload: boolean },
) {
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toContainText(where, { timeout: 20_000 });
  await expect(overlay).toContainText(message);

  // The server still answers: the page, and /corpus.json with the errors as data.
  expect((await request.get(baseURL)).ok()).toBe(true);
  const corpus = await request.get(`${baseURL}corpus.json`);
  expect(corpus.status()).toBe(500);
  const body = (await corpus.json()) as { errors: { text: string }[] };
  expect(body.errors.map((error) => error.text)).toEqual([expect.stringContaining(where)]);

  if (!reload) return;
  await page.reload();
  const splash = page.getByRole('alert');
  await expect(splash.getByRole('heading', { level: 1 })).toHaveText(
    'The corpus has errors; fix them and the page reloads',
  );
  await expect(splash.getByRole('listitem')).toHaveCount(1);
  await expect(splash.getByRole('listitem')).toContainText(where);
  await expect(splash.getByRole('listitem')).toContainText(message);
}

test('data errors show with file:line:col, the server keeps answering, and fixing the file brings the graph back', async ({
  page,
  request,
  problems,
}) => {
  test.setTimeout(120_000);
  const failedResponses: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedResponses.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(baseURL);
  await expectGraph(page);

  // An unclosed quote: a YAML syntax error.
  const unclosed = await breakLine(ENTITIES, 'label: ByteDance', 'label: "ByteDance', '"ByteDance');
  await expectError(page, request, {
    where: unclosed.where,
    message: /unclosed " quote/,
    reload: true,
  });
  // The error page is accessible too (Vite's own overlay is not ours to check).
  const { violations } = await new AxeBuilder({ page })
    .exclude('vite-error-overlay')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await unclosed.restore();
  // Fixed: the server recompiles and tells the page to reload, which draws the graph again.
  await expectGraph(page);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);

  // A quote that is not in the source: a semantic error, with a suggestion.
  const misquoted = await breakLine(
    RELATIONS,
    'exact: its parent company ByteDance',
    'exact: its grandparent company ByteDance',
    'its grandparent',
  );
  await expectError(page, request, {
    where: misquoted.where,
    message: /quote not found.*did you mean/,
    reload: false,
  });
  await misquoted.restore();
  // The graph stayed under the overlay this time: the reload the server asks for removes it.
  await expect(page.locator('vite-error-overlay')).toHaveCount(0, { timeout: 20_000 });
  await expectGraph(page);
  await expect.poll(async () => (await request.get(`${baseURL}corpus.json`)).status()).toBe(200);

  // While the data was broken the app's fetch of /corpus.json answered 500 by design, and the
  // browser logs every failed load as a console error: drop exactly those, and nothing else.
  expect(failedResponses.length).toBeGreaterThan(0);
  expect(failedResponses.every((response) => response === '500 /corpus.json')).toBe(true);
  const expectedLoadError =
    'console.error: Failed to load resource: the server responded with a status of 500 (Internal Server Error)';
  const unexpected = problems.filter((problem) => problem !== expectedLoadError);
  problems.splice(0, problems.length, ...unexpected);
});

// What `vite build` and the dev server print about the corpus: one line naming the corpus they
// compiled, and data errors under a line naming the corpus, relative to it, with no stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, createServer, type Logger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './__fixtures__/loadFixture';
import { corpusPlugin } from './vitePlugin';

const REPO = join(FIXTURES_DIR, '../../..');
const root = mkdtempSync(join(tmpdir(), 'compiler-vite-output-'));
cpSync(join(FIXTURES_DIR, 'small'), join(root, 'data'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A logger that keeps what Vite and the plugin say, instead of printing it. */
function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger('info');
  logger.info = (message) => void lines.push(message);
  logger.warn = (message) => void lines.push(`warn: ${message}`);
  logger.warnOnce = logger.warn;
  logger.error = (message) => void lines.push(`error: ${message}`);
  return { logger, lines };
}

const COMPILED = 'corpus data ("Fixture corpus"): 6 entities, 4 relations, 2 claims, 2 sources';

describe('what Vite prints about the corpus', { timeout: 60_000 }, () => {
  it('a build says which corpus it compiled, in one line', async () => {
    const { logger, lines } = recordingLogger();
    await build({
      root,
      configFile: false,
      customLogger: logger,
      // Vite's own progress lines go to the terminal unless silenced; the plugin's go to `logger`.
      logLevel: 'silent',
      plugins: [corpusPlugin({ dataDir: 'data' })],
    });
    expect(lines.filter((line) => line.startsWith('corpus '))).toEqual([COMPILED]);
  });

  it('the dev server says which corpus it compiled, in one line', async () => {
    const { logger, lines } = recordingLogger();
    const server = await createServer({
      root,
      configFile: false,
      customLogger: logger,
      plugins: [corpusPlugin({ dataDir: 'data' })],
      server: { port: 0 },
    });
    try {
      await server.listen();
      const deadline = Date.now() + 20_000;
      while (!lines.some((line) => line.includes('corpus ')) && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 50));
      }
      expect(lines.filter((line) => line.includes('corpus '))).toEqual([
        expect.stringMatching(new RegExp(`${escape(COMPILED)}$`)),
      ]);
    } finally {
      await server.close();
    }
  });

  it('`vite build` on a broken corpus prints its errors relative to it, with no stack trace', () => {
    const result = spawnSync('npm', ['run', 'build', '--', '--outDir', join(root, 'never')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: 'src/compiler/__fixtures__/broken', NO_COLOR: '1' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain(
      'corpus src/compiler/__fixtures__/broken: 4 errors\n' +
        'annotations/a.yaml:6:11: unknown entity type "persn"',
    );
    expect(output).toContain('\nsources/s1.yaml:2:6: url "www.example.org" is not an http(s) URL');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('Error:');
  });

  it('`npm run build` on the bundled corpus prints no warning', () => {
    const result = spawnSync(
      'npm',
      ['run', 'build', '--', '--outDir', join(root, 'dist'), '--emptyOutDir'],
      {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toContain('corpus data ("Leaked TikTok meetings")');
    expect(output).toMatch(/built in/);
    expect(output.split('\n').filter((line) => /warn|\(!\)|deprecat/i.test(line))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { compiledGraphSchema, parseCompiledTexts } from '../schema/compiledGraph';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './__fixtures__/loadFixture';
import { corpusPlugin } from './vitePlugin';
import { CORPUS_UPDATED_EVENT } from '../schema/corpusUpdate';

const root = mkdtempSync(join(tmpdir(), 'compiler-vite-'));
cpSync(join(FIXTURES_DIR, 'small'), join(root, 'data'), { recursive: true });
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><script type="module">fetch("./corpus.json")</script>\n',
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const annotations = join(root, 'data/annotations/entities.yaml');
const original = readFileSync(annotations, 'utf8');

/** Writes `content` until `check` passes: the watcher may not be ready for the first write. */
async function writeUntil(content: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (let attempt = 0; ; attempt += 1) {
    if (attempt % 10 === 0) writeFileSync(annotations, content);
    await new Promise((r) => setTimeout(r, 200));
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('timed out waiting for the corpus to recompile');
  }
}

describe('corpusPlugin', { timeout: 60_000 }, () => {
  it('builds: emits corpus.json and its texts, and fails the build with file:line:col on errors', async () => {
    const options = { root, configFile: false as const, logLevel: 'silent' as const };
    await build({ ...options, plugins: [corpusPlugin({ dataDir: 'data' })] });
    const emitted = compiledGraphSchema.parse(
      JSON.parse(readFileSync(join(root, 'dist/corpus.json'), 'utf8')),
    );
    expect(emitted.nodes).toHaveLength(8);
    const texts = parseCompiledTexts(
      JSON.parse(readFileSync(join(root, 'dist/corpus.texts.json'), 'utf8')),
      emitted,
    );
    expect(texts.success).toBe(true);

    writeFileSync(annotations, original.replace('type: organization', 'type: organisation'));
    try {
      await expect(
        build({ ...options, plugins: [corpusPlugin({ dataDir: 'data' })] }),
      ).rejects.toThrow(
        /corpus data: 1 error\nannotations\/entities\.yaml:3:11: unknown entity type "organisation"/,
      );
    } finally {
      writeFileSync(annotations, original);
    }
  });

  it('serves /corpus.json in dev, answers 500 with the errors while broken, and recovers', async () => {
    const sent: unknown[] = [];
    const spy: Plugin = {
      name: 'spy',
      configureServer(server) {
        const send = server.ws.send.bind(server.ws) as (payload: unknown, data?: unknown) => void;
        // A custom event is sent as (name, data): recorded as { event: name }.
        server.ws.send = ((payload: unknown, data?: unknown) => {
          sent.push(typeof payload === 'string' ? { event: payload } : payload);
          send(payload, data);
        }) as typeof server.ws.send;
      },
    };
    let server: ViteDevServer | undefined;
    try {
      server = await createServer({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [spy, corpusPlugin({ dataDir: 'data' })],
        server: { port: 0 },
      });
      await server.listen();
      const address = server.httpServer?.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const get = async (file = 'corpus.json') => {
        const response = await fetch(`http://localhost:${port}/${file}`);
        return {
          status: response.status,
          body: (await response.json()) as Record<string, unknown>,
        };
      };
      const served = await get();
      expect(served.status).toBe(200);
      const texts = await get('corpus.texts.json');
      expect(texts.status).toBe(200);
      expect(parseCompiledTexts(texts.body, compiledGraphSchema.parse(served.body)).success).toBe(
        true,
      );

      const brokenText = original.replace('  - id: tiktok', '  - id: TikTok');
      await writeUntil(brokenText, async () => (await get()).status === 500);
      const broken = await get();
      expect(broken.body.errors).toContainEqual(
        expect.objectContaining({ file: 'annotations/entities.yaml', line: 2, col: 9 }),
      );
      expect(sent).toContainEqual(
        expect.objectContaining({ type: 'error', err: expect.objectContaining({ stack: '' }) }),
      );

      await writeUntil(original, async () => (await get()).status === 200);
      // Out of errors: the page shows the errors or the overlay, so it reloads.
      expect(sent).toContainEqual(expect.objectContaining({ type: 'full-reload' }));

      // A change to a good corpus: the pages swap the graph in place, no reload.
      sent.length = 0;
      const renamed = original.replace('label: TikTok\n', 'label: TikTok app\n');
      expect(renamed).not.toBe(original);
      await writeUntil(renamed, async () =>
        JSON.stringify((await get()).body).includes('TikTok app'),
      );
      await expect.poll(() => sent).toContainEqual({ event: CORPUS_UPDATED_EVENT });
      expect(sent).not.toContainEqual(expect.objectContaining({ type: 'full-reload' }));
    } finally {
      writeFileSync(annotations, original);
      await server?.close();
    }
  });
});

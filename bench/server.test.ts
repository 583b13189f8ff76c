import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, startServer, type RunningServer, type ServerOptions } from './server';

const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
const options: ServerOptions = {
  mounts: { app: join(root, 'app') },
  corpora: { S: join(root, 'compiled-S.json') },
};

describe('resolveRequest', () => {
  it('maps corpus.json to the size and other paths into the mount', () => {
    expect(resolveRequest('/S/app/corpus.json', options)).toBe(join(root, 'compiled-S.json'));
    expect(resolveRequest('/S/app/corpus.texts.json', options)).toBe(
      join(root, 'compiled-S.texts.json'),
    );
    expect(resolveRequest('/S/app/', options)).toBe(join(root, 'app', 'index.html'));
    expect(resolveRequest('/S/app/assets/x.js', options)).toBe(join(root, 'app', 'assets', 'x.js'));
  });

  it('refuses unknown sizes, unknown mounts and escapes', () => {
    expect(resolveRequest('/M/app/index.html', options)).toBeNull();
    expect(resolveRequest('/S/other/index.html', options)).toBeNull();
    expect(resolveRequest('/S/app/../compiled-S.json', options)).toBeNull();
    expect(resolveRequest('/S/app/%2e%2e/compiled-S.json', options)).toBeNull();
  });
});

describe('startServer', () => {
  let server: RunningServer;
  beforeAll(async () => {
    mkdirSync(join(root, 'app'), { recursive: true });
    writeFileSync(join(root, 'app', 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'compiled-S.json'), '{"nodes":[]}');
    server = await startServer(options);
  });
  afterAll(() => server.close());

  it('serves on 127.0.0.1 without caching', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${server.origin}/S/app/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const corpus = await fetch(`${server.origin}/S/app/corpus.json`);
    expect(await corpus.json()).toEqual({ nodes: [] });
    expect((await fetch(`${server.origin}/S/app/missing.js`)).status).toBe(404);
  });
});

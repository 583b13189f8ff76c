import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATE_TOKEN_HEADER } from '../schema/annotationProtocol';
import { handle } from './annotatePlugin';
import { AnnotationFiles } from './annotationFiles';

const TOKEN = 'a'.repeat(48);
const FILE = 'annotations/entities.yaml';
let dir = '';
let server: Server;
let base = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'annotate-endpoints-'));
  await cp(join(import.meta.dirname, '../../data'), dir, { recursive: true });
  const files = new AnnotationFiles(dir, join(dir, '..', `${basename(dir)}-history`));
  server = createServer((req, res) => void handle(req, res, TOKEN, files));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
  await rm(join(dir, '..', `${basename(dir)}-history`), { recursive: true, force: true });
});

const save = (headers: Record<string, string>, version = 'absent') =>
  fetch(`${base}/save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      file: FILE,
      version,
      operation: { type: 'delete', id: 'tiktok' },
    }),
  });

describe('the annotation endpoints', () => {
  it('refuse a request without the session token, or with another one, and write nothing', async () => {
    const before = await readFile(join(dir, FILE), 'utf8');
    const attempts: Record<string, string>[] = [
      {},
      { [ANNOTATE_TOKEN_HEADER]: 'b'.repeat(48) },
      { [ANNOTATE_TOKEN_HEADER]: 'short' },
    ];
    for (const headers of attempts) {
      const response = await save(headers);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        kind: 'forbidden',
        message:
          'this request does not carry the session token of a page of this dev server: reload the page',
      });
    }
    expect((await fetch(`${base}/history`)).status).toBe(403);
    expect(await readFile(join(dir, FILE), 'utf8')).toBe(before);
  });

  it('refuse a request for another host name (DNS rebinding) even with the token', async () => {
    const status = await new Promise<number | undefined>((done, fail) => {
      const url = new URL(`${base}/history`);
      request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: { [ANNOTATE_TOKEN_HEADER]: TOKEN, host: 'evil.example' },
        },
        (response) => {
          response.resume();
          done(response.statusCode);
        },
      )
        .on('error', fail)
        .end();
    });
    expect(status).toBe(403);
  });

  it('refuse a write that is not JSON (what a form on another site could send)', async () => {
    const response = await fetch(`${base}/undo`, {
      method: 'POST',
      headers: { [ANNOTATE_TOKEN_HEADER]: TOKEN, 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
  });

  it('answer a request with the token', async () => {
    const headers = { [ANNOTATE_TOKEN_HEADER]: TOKEN };
    const version = (await (await fetch(`${base}/file?path=${FILE}`, { headers })).json()) as {
      version: string;
    };
    expect(version.version).toMatch(/^[0-9a-f]{64}$/);
    // Deleting tiktok leaves relations pointing at it: the compiler refuses, the file stays.
    const response = await save(headers, version.version);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ refused: { kind: 'invalid' } });
  });
});

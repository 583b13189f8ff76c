// The dev server's annotation endpoints (`vite` only: `apply: 'serve'`, so a build never has them).
// Every request must come from this machine (loopback address and Host) and carry the token this
// server process handed to its pages in a meta tag, so no other site or host can write the corpus.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  ANNOTATE_PATH,
  ANNOTATE_TOKEN_HEADER,
  ANNOTATE_TOKEN_META,
  type AnnotateErrorBody,
  type SaveRequest,
} from '../schema/annotationProtocol';
import { AnnotateRefusal, AnnotationFiles } from './annotationFiles';

export interface AnnotatePluginOptions {
  /** The corpus folder, relative to the Vite root. */
  dataDir: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

export function annotatePlugin({ dataDir }: AnnotatePluginOptions): Plugin {
  const token = randomBytes(24).toString('hex');
  return {
    name: 'who-said-what:annotate',
    apply: 'serve',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: ANNOTATE_TOKEN_META, content: token }, injectTo: 'head' },
    ],
    configureServer(server) {
      const corpusDir = resolve(server.config.root, dataDir);
      // Undo survives a restart: in Vite's cache folder (outside the corpus, ignored by git), one
      // history per corpus folder.
      const corpusKey = createHash('sha256').update(corpusDir).digest('hex').slice(0, 16);
      const historyDir = join(server.config.cacheDir, 'who-said-what-undo', corpusKey);
      const files = new AnnotationFiles(corpusDir, historyDir);
      server.middlewares.use(ANNOTATE_PATH, (req, res) => {
        void handle(req, res, token, files);
      });
    },
  };
}

/** Answers one request under ANNOTATE_PATH (the URL has that prefix stripped). */
export async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  files: AnnotationFiles,
): Promise<void> {
  try {
    checkCaller(req, token);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
      case 'GET /file':
        return send(res, 200, await files.version(url.searchParams.get('path') ?? ''));
      case 'GET /item':
        return send(res, 200, await files.find(url.searchParams.get('id') ?? ''));
      case 'POST /save':
        return send(res, 200, await files.save(parseSave(await readBody(req))));
      case 'POST /undo':
        return send(res, 200, await files.undo());
      case 'GET /history':
        return send(res, 200, { undoable: await files.undoable() });
      default:
        throw refusal(404, 'not-found', `no annotation endpoint ${route}`);
    }
  } catch (error) {
    if (error instanceof AnnotateRefusal) {
      // What the page's own flows meet (a refused edit, a conflict) is an answer, not a failure:
      // a 4xx status would also put an error in the browser's console.
      const answered = ['invalid', 'conflict', 'nothing-to-undo', 'not-found'].includes(
        error.body.kind,
      );
      return answered
        ? send(res, 200, { refused: error.body })
        : send(res, error.status, error.body);
    }
    const message = error instanceof Error ? error.message : String(error);
    return send(res, 500, { kind: 'bad-request', message: `the save failed: ${message}` });
  }
}

function checkCaller(req: IncomingMessage, token: string): void {
  const address = req.socket.remoteAddress ?? '';
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const loopback =
    ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(address) &&
    ['localhost', '127.0.0.1', '[::1]'].includes(host);
  if (!loopback) {
    throw refusal(403, 'forbidden', 'annotations can be saved only from this machine (localhost)');
  }
  const given = Buffer.from(String(req.headers[ANNOTATE_TOKEN_HEADER] ?? ''));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw refusal(
      403,
      'forbidden',
      'this request does not carry the session token of a page of this dev server: reload the page',
    );
  }
  // Writes must be JSON: a form on another site cannot send that without a preflight.
  if (
    req.method === 'POST' &&
    !(req.headers['content-type'] ?? '').startsWith('application/json')
  ) {
    throw refusal(415, 'bad-request', 'send the request as application/json');
  }
}

function parseSave(body: string): SaveRequest {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw refusal(400, 'bad-request', 'the request is not JSON');
  }
  const request = value as Partial<SaveRequest> | null;
  const operation = request?.operation as { type?: unknown } | undefined;
  if (
    typeof request?.file !== 'string' ||
    typeof request.version !== 'string' ||
    typeof operation?.type !== 'string'
  ) {
    throw refusal(400, 'bad-request', 'a save names a file, the version read and an operation');
  }
  return request as SaveRequest;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw refusal(413, 'bad-request', 'the request is too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function refusal(status: number, kind: AnnotateErrorBody['kind'], message: string) {
  return new AnnotateRefusal(status, { kind, message });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

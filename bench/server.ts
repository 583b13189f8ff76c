// A tiny static server for the benchmark pages, bound to 127.0.0.1. Every page fetches
// `./corpus.json`; the server answers that with the compiled graph of the size in the path,
// so one build of the app and of the baseline pages serves every size:
//   /<size>/<mount>/<file>          → <mounts[mount]>/<file>
//   /<size>/<mount>/corpus.json     → corpora[size]
//   /<size>/<mount>/corpus.texts.json → its texts file, beside it (see textsFileFor)
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { textsFileFor } from '../src/schema/compiledGraph';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServerOptions {
  /** Mount name → folder, e.g. `app` → `bench/out/app`. */
  mounts: Record<string, string>;
  /** Size name → compiled graph JSON served as `corpus.json`. */
  corpora: Record<string, string>;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Maps a request path to a file, or null when it names nothing we serve. */
export function resolveRequest(pathname: string, options: ServerOptions): string | null {
  const [, size, mount, ...rest] = decodeURIComponent(pathname).split('/');
  if (size === undefined || mount === undefined) return null;
  const corpus = options.corpora[size];
  const root = options.mounts[mount];
  if (corpus === undefined || root === undefined) return null;
  const relative = rest.join('/') || 'index.html';
  if (relative === 'corpus.json') return corpus;
  if (relative === textsFileFor('corpus.json')) return textsFileFor(corpus);
  const file = normalize(join(root, relative));
  // No escaping the mount with `..`.
  if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return null;
  return file;
}

function serve(request: IncomingMessage, response: ServerResponse, options: ServerOptions): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let file = resolveRequest(url.pathname, options);
  try {
    if (file !== null && statSync(file).isDirectory()) file = join(file, 'index.html');
    const stat = file === null ? null : statSync(file);
    if (file === null || stat === null || !stat.isFile()) throw new Error('not found');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = createServer((request, response) => serve(request, response, options));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

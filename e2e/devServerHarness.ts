// A Vite dev server on a copy of data/ in a temporary folder, on a free port, with its own Vite
// cache so that it never races another dev server over node_modules/.vite.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');

export interface DevServer {
  baseURL: string;
  /** The corpus the server compiles (a copy of data/). */
  dataDir: string;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => Promise<void>;
}

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

export async function startDevServer(prefix: string): Promise<DevServer> {
  const workDir = await mkdtemp(join(tmpdir(), prefix));
  const dataDir = join(workDir, 'data');
  await cp(join(repoRoot, 'data'), dataDir, { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  await writeFile(
    join(workDir, 'vite.config.mjs'),
    `import config from ${JSON.stringify(join(repoRoot, 'vite.config.ts'))};\n` +
      `export default { ...config, root: ${JSON.stringify(repoRoot)}, cacheDir: ${JSON.stringify(join(workDir, 'vite-cache'))} };\n`,
  );
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}/`;
  let log = '';
  const server: ChildProcess = spawn(
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
    { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir } },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(workDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vite exited:\n${log}`);
    const ok = await fetch(`${baseURL}corpus.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite did not answer at ${baseURL}:\n${log}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return { baseURL, dataDir, log: () => log, stop };
}

// Writing the files a command creates: all or nothing, and never over a file that exists.
import { existsSync } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the commands print to; tests pass their own. */
export interface Io {
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMAS_PATH = join(REPO_ROOT, 'schemas');

/** A path as the user would type it from `cwd` (relative when inside it). */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split(sep).join('/');
}

export class RefusedError extends Error {}

/**
 * Creates every file, or none: refuses when any exists, and removes what it wrote when a later
 * write fails. Each file is opened with `wx`, so a file that appears meanwhile is not overwritten.
 */
export async function writeNewFiles(
  files: ReadonlyMap<string, string | Uint8Array>,
  cwd: string,
): Promise<void> {
  const existing = [...files.keys()]
    .filter((path) => existsSync(path))
    .map((path) => shown(path, cwd));
  if (existing.length > 0) {
    throw new RefusedError(
      `refusing to overwrite ${existing.join(', ')}: move ${existing.length === 1 ? 'it' : 'them'} ` +
        'away or choose another name; nothing was written',
    );
  }
  const written: string[] = [];
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'wx');
      written.push(path);
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await Promise.all(written.map((path) => rm(path, { force: true })));
    throw error;
  }
}

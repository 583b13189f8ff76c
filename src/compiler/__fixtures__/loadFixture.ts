// Reads a fixture folder into CorpusFiles synchronously, for tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFiles } from '../types';

export const FIXTURES_DIR = new URL('.', import.meta.url).pathname;

export function loadFixture(name: string): CorpusFiles {
  const root = join(FIXTURES_DIR, name);
  const files: CorpusFiles = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path).split(sep).join('/')] = readFileSync(path);
  }
  return files;
}

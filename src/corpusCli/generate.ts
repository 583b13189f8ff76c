// `npm run generate`: rewrites the generated files (see generated.ts) and says which changed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
let changed = 0;
for (const [path, content] of Object.entries(generatedFiles(repoRoot))) {
  const file = join(repoRoot, path);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  process.stdout.write(`wrote ${path}\n`);
  changed += 1;
}
process.stdout.write(
  changed === 0 ? 'generated files are up to date\n' : `${changed} file(s) written\n`,
);

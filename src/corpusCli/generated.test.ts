// The committed schemas/ and the predicate table in docs/ are what the code generates today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGENERATE_COMMAND, generatedFiles } from './generated';

const REPO = join(new URL('.', import.meta.url).pathname, '../..');

describe('generated files', () => {
  const files = generatedFiles(REPO);

  it('include the schemas, the bundled corpus files and the two docs with tables', () => {
    // At least these: a story schema joins them once its zod schema is there (see jsonSchemas.ts).
    expect(Object.keys(files).sort()).toEqual(
      expect.arrayContaining([
        'data/annotations/entities.yaml',
        'data/corpus.yaml',
        'docs/corpus-tools.md',
        'docs/data-format.md',
        'schemas/annotations.schema.json',
        'schemas/corpus.schema.json',
        'schemas/source.schema.json',
      ]),
    );
  });

  it.each(Object.keys(files))('%s is up to date', (path) => {
    let committed: string;
    try {
      committed = readFileSync(join(REPO, path), 'utf8');
    } catch {
      committed = '(missing)';
    }
    // A plain equality check, so the message says what to run rather than printing a huge diff.
    if (committed !== files[path]) {
      expect.fail(`${path} is out of date: run \`${REGENERATE_COMMAND}\` and commit the result`);
    }
  });
});

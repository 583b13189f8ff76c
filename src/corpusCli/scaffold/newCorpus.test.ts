import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCorpusDir } from '../../compiler/compileCorpusDir';
import { SCHEMA_FILE_NAMES, schemaKindOf } from '../schemas/jsonSchemas';
import { MODELINE_PREFIX } from '../schemas/modeline';
import { testIo, type TestIo } from '../testIo';
import { EXAMPLE_TEXT } from './exampleCorpus';
import { newCorpus } from './newCorpus';

let io: TestIo;
afterEach(() => io.remove());

const FILES = [
  'annotations/claims.yaml',
  'annotations/entities.yaml',
  'annotations/relations.yaml',
  'corpus.yaml',
  'sources/example-article.txt',
  'sources/example-article.yaml',
];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('npm run corpus -- new', () => {
  it('creates a corpus that compiles without a warning, with an example of each kind', async () => {
    io = testIo();
    expect(await newCorpus({ dir: 'my-corpus', title: 'Water' }, io)).toBe(0);
    const dir = join(io.cwd, 'my-corpus');
    expect(listFiles(dir)).toEqual(FILES);
    const compiled = await compileCorpusDir(dir);
    expect(compiled.diagnostics).toEqual([]);
    const graph = compiled.graph;
    expect(graph?.attributes.title).toBe('Water');
    // A source that relays an external origin, a relation with attribution, a claim.
    expect(graph?.attributes.origins.map((o) => o.id)).toEqual(['water-authority-report']);
    expect(graph?.attributes.sources[0]?.relays).toEqual(['water-authority-report']);
    const yaml = (file: string) => readFileSync(join(dir, file), 'utf8');
    expect(yaml('annotations/relations.yaml')).toMatch(
      /status: attributed\n\s+according_to: dana-reyes/,
    );
    expect(yaml('annotations/claims.yaml')).toContain('claimant: dana-reyes');
    expect(readFileSync(join(dir, 'sources/example-article.txt'), 'utf8')).toBe(EXAMPLE_TEXT);
  });

  it('starts every YAML file with the path of its schema, relative to the file', async () => {
    io = testIo();
    await newCorpus({ dir: 'nested/corpus' }, io);
    const dir = join(io.cwd, 'nested/corpus');
    for (const file of FILES.filter((f) => f.endsWith('.yaml'))) {
      const [first = ''] = readFileSync(join(dir, file), 'utf8').split('\n');
      expect(first.startsWith(MODELINE_PREFIX), file).toBe(true);
      const schema = resolve(dirname(join(dir, file)), first.slice(MODELINE_PREFIX.length));
      const kind = schemaKindOf(file);
      expect(schema.endsWith(`/schemas/${SCHEMA_FILE_NAMES[kind ?? 'corpus']}`), file).toBe(true);
      expect(existsSync(schema), `${file} → ${schema}`).toBe(true);
    }
  });

  it('says what it made and what to do next', async () => {
    io = testIo();
    await newCorpus({ dir: 'c' }, io);
    expect(io.stdout()).toContain('Created a corpus in c/:\n  corpus.yaml');
    expect(io.stdout()).toContain(
      'It compiles: corpus c ("c"): 6 entities, 2 relations, 1 claim, 1 source.',
    );
    expect(io.stdout()).toContain('npm run corpus -- add-source c path/to/article.txt');
    expect(io.stdout()).toContain('npm run corpus -- import c --entities e.csv');
    expect(io.stderr()).toBe('');
  });

  it('refuses a folder that is not empty, and writes nothing', async () => {
    io = testIo();
    const dir = join(io.cwd, 'c');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.md'), 'mine');
    expect(await newCorpus({ dir: 'c' }, io)).toBe(1);
    expect(io.stderr()).toBe(
      'refusing to create a corpus in c: the folder is not empty (notes.md). Choose a new ' +
        'folder; nothing was written.\n',
    );
    expect(listFiles(dir)).toEqual(['notes.md']);
    expect(io.stdout()).toBe('');
  });

  it('accepts a folder holding only hidden entries, such as .git', async () => {
    io = testIo();
    mkdirSync(join(io.cwd, 'c/.git'), { recursive: true });
    expect(await newCorpus({ dir: 'c' }, io)).toBe(0);
    expect(existsSync(join(io.cwd, 'c/corpus.yaml'))).toBe(true);
  });
});

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCorpusDir } from '../../compiler/compileCorpusDir';
import { SCHEMAS_PATH } from '../files';
import { MODELINE_PREFIX } from '../schemas/modeline';
import { testIo, type TestIo } from '../testIo';
import { addSource } from './addSource';
import { newCorpus } from './newCorpus';
import { SOURCE_FIELDS } from './sourceMetadata';

let io: TestIo;
let corpus: string;
beforeEach(async () => {
  io = testIo();
  await newCorpus({ dir: 'c' }, { ...io, out: () => undefined });
  corpus = join(io.cwd, 'c');
});
afterEach(() => io.remove());

/** Curly quotes, CRLF line ends, a non-breaking space and an accent: all kept as they are. */
const TEXT = Buffer.from(
  '\r\n  Café “owners” sue\u00a0city\r\nThe owners of a café sued the city.\r\n',
);

function write(name: string, content: Uint8Array | string): string {
  writeFileSync(join(io.cwd, name), content);
  return name;
}

const sourceFiles = () => readdirSync(join(corpus, 'sources')).sort();

describe('npm run corpus -- add-source', () => {
  it('copies the text byte for byte and lists every metadata field, only the title filled', async () => {
    expect(await addSource({ dir: 'c', file: write('article.txt', TEXT) }, io)).toBe(0);
    const id = 'cafe-owners-sue-city';
    expect(readFileSync(join(corpus, `sources/${id}.txt`)).equals(TEXT)).toBe(true);
    const yaml = readFileSync(join(corpus, `sources/${id}.yaml`), 'utf8');
    const fields = [...yaml.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
    expect(fields).toEqual(SOURCE_FIELDS);
    const metadata = parse(yaml) as Record<string, unknown>;
    expect(metadata.title).toBe('Café “owners” sue\u00a0city');
    for (const field of SOURCE_FIELDS.filter((f) => f !== 'title')) {
      expect(metadata[field], field).toBeNull();
    }
    const modeline = yaml.split('\n')[0] ?? '';
    expect(modeline.startsWith(MODELINE_PREFIX)).toBe(true);
    expect(resolve(join(corpus, 'sources'), modeline.slice(MODELINE_PREFIX.length))).toBe(
      join(SCHEMAS_PATH, 'source.schema.json'),
    );
    const compiled = await compileCorpusDir(corpus);
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.graph?.attributes.sources.map((s) => s.id)).toContain(id);
  });

  it('takes the title and the id it is given', async () => {
    const file = write('a.txt', 'Some text.\n');
    expect(await addSource({ dir: 'c', file, title: 'The title', id: 'my-source' }, io)).toBe(0);
    const metadata = parse(readFileSync(join(corpus, 'sources/my-source.yaml'), 'utf8')) as {
      title: string;
    };
    expect(metadata.title).toBe('The title');
  });

  it('says what it did and what to do next', async () => {
    await addSource({ dir: 'c', file: write('article.txt', 'Headline\nBody.\n') }, io);
    expect(io.stdout()).toBe(
      [
        'Added source "headline" to c/:',
        '  sources/headline.txt   article.txt, 15 bytes copied byte for byte',
        `  sources/headline.yaml  its metadata, every field listed: title "Headline" (the text's first line: check it), the rest empty`,
        'Next:',
        '  1. Fill in what is known in c/sources/headline.yaml (publisher, author, url,',
        '     published); leave empty what the text does not say.',
        '  2. Quote it as evidence with source: headline in c/annotations/.',
        '  3. Check: npm run data -- --data c',
        '',
      ].join('\n'),
    );
  });

  it('refuses to overwrite a source, and writes nothing', async () => {
    const before = sourceFiles();
    const metadata = readFileSync(join(corpus, 'sources/example-article.yaml'));
    const file = write('a.txt', 'Other text.\n');
    expect(await addSource({ dir: 'c', file, id: 'example-article' }, io)).toBe(1);
    expect(io.stderr()).toBe(
      'refusing to overwrite c/sources/example-article.txt, c/sources/example-article.yaml: ' +
        'move them away or choose another name; nothing was written (give another --id)\n',
    );
    expect(sourceFiles()).toEqual(before);
    expect(readFileSync(join(corpus, 'sources/example-article.yaml')).equals(metadata)).toBe(true);
  });

  it.each([
    {
      name: 'a text with a byte-order mark',
      content: Buffer.from('\ufeffHeadline\n'),
      message: 'a.txt:1:1: file starts with a byte-order mark (BOM): save without BOM',
    },
    {
      name: 'a text that is not UTF-8',
      content: Buffer.from([0x48, 0xe9, 0x0a]),
      message: 'a.txt:1:2: file is not valid UTF-8: save it with UTF-8 encoding',
    },
    { name: 'an empty text', content: ' \n\n', message: 'a.txt is empty: a source needs its text' },
  ])('refuses $name, and writes nothing', async ({ content, message }) => {
    const before = sourceFiles();
    expect(await addSource({ dir: 'c', file: write('a.txt', content) }, io)).toBe(1);
    expect(io.stderr()).toContain(message);
    expect(sourceFiles()).toEqual(before);
  });

  it('refuses an invalid id, a missing file and a missing corpus folder', async () => {
    const file = write('a.txt', 'Text.\n');
    expect(await addSource({ dir: 'c', file, id: 'My Source' }, io)).toBe(1);
    expect(io.stderr()).toContain('--id "My Source" is not a valid id: use lowercase letters');
    expect(await addSource({ dir: 'c', file: 'nope.txt' }, io)).toBe(1);
    expect(io.stderr()).toContain('cannot read nope.txt: is the path right?');
    expect(await addSource({ dir: 'elsewhere', file }, io)).toBe(1);
    expect(io.stderr()).toContain(
      'no corpus folder at elsewhere: create one with npm run corpus -- new elsewhere',
    );
    expect(existsSync(join(io.cwd, 'elsewhere'))).toBe(false);
  });
});

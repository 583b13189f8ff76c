import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, schemaKindOf } from './jsonSchemas';
import { MODELINE_PREFIX, schemaModeline, withModeline } from './modeline';

const REPO = join(new URL('.', import.meta.url).pathname, '../../..');

describe('schemaModeline', () => {
  it('points from each kind of file to its schema by a relative path', () => {
    expect(schemaModeline('corpus.yaml', '/r/data', '/r/schemas')).toBe(
      '# yaml-language-server: $schema=../schemas/corpus.schema.json',
    );
    expect(schemaModeline('sources/a.yaml', '/r/data', '/r/schemas')).toBe(
      '# yaml-language-server: $schema=../../schemas/source.schema.json',
    );
    expect(schemaModeline('annotations/people/a.yml', '/home/me/corpus', '/r/schemas')).toBe(
      '# yaml-language-server: $schema=../../../../../r/schemas/annotations.schema.json',
    );
    expect(schemaModeline('sources/a.txt', '/r/data', '/r/schemas')).toBeUndefined();
  });

  it('is put first, or replaces the schema line already there', () => {
    const line = `${MODELINE_PREFIX}x.json`;
    expect(withModeline('title: A\n', line)).toBe(`${line}\ntitle: A\n`);
    expect(withModeline(`${MODELINE_PREFIX}old.json\ntitle: A\n`, line)).toBe(`${line}\ntitle: A\n`);
    expect(withModeline('', line)).toBe(`${line}\n`);
  });
});

describe('the bundled corpus', () => {
  const data = join(REPO, 'data');
  const files = (readdirSync(data, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.ya?ml$/.test(f));

  const generated = generateJsonSchemas();

  it.each(files)('%s starts with the line naming its schema', (file) => {
    const modeline = schemaModeline(file, data, join(REPO, 'schemas'));
    // A kind gets its line once its schema is generated (stories: see zodSchemasByKind).
    const kind = schemaKindOf(file);
    if (modeline === undefined || kind === undefined || !generated.has(kind)) return;
    expect(readFileSync(join(data, file), 'utf8').split('\n')[0]).toBe(modeline);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE_NAMES } from './jsonSchemas';
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

  it.each(files)('%s starts with the line naming its schema', (file) => {
    const modeline = schemaModeline(file, data, join(REPO, 'schemas'));
    // Stories get theirs once their schema is generated (see SCHEMA_KINDS in jsonSchemas.ts).
    if (modeline === undefined || modeline.endsWith(SCHEMA_FILE_NAMES.story)) return;
    expect(readFileSync(join(data, file), 'utf8').split('\n')[0]).toBe(modeline);
  });
});

// docs/modelling-guide.md quotes the bundled corpus: each YAML example names its file on its first
// line, and every field it shows must be what that file has (examples may leave fields out).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../files';

const guide = readFileSync(join(REPO_ROOT, 'docs/modelling-guide.md'), 'utf8');
const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

type Json = unknown;

/** Where `shown` differs from `actual`: '' when every field shown is the corpus's. */
function differences(shown: Json, actual: Json, path: string): string[] {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return [`${path}: the corpus has no list here`];
    const byId = shown.every((item) => typeof (item as { id?: unknown })?.id === 'string');
    if (byId) {
      return shown.flatMap((item) => {
        const id = (item as { id: string }).id;
        const match = actual.find((a) => (a as { id?: unknown })?.id === id);
        return match === undefined
          ? [`${path}: no item "${id}" in the corpus`]
          : differences(item, match, `${path}[${id}]`);
      });
    }
    if (shown.length !== actual.length)
      return [`${path}: ${shown.length} items, the corpus has ${actual.length}`];
    return shown.flatMap((item, i) => differences(item, actual[i], `${path}[${i}]`));
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object')
      return [`${path}: the corpus has no mapping here`];
    return Object.entries(shown).flatMap(([key, value]) =>
      differences(value, (actual as Record<string, Json>)[key], `${path}.${key}`),
    );
  }
  return shown === actual
    ? []
    : [`${path}: the guide shows ${JSON.stringify(shown)}, the corpus ${JSON.stringify(actual)}`];
}

describe('docs/modelling-guide.md', () => {
  it('has worked examples for each question it answers', () => {
    for (const heading of [
      '## Relation or claim?',
      '## "X said Y"',
      '## A negated or planned action',
      '## A date given relative to another event',
      '## Attribution and status',
      '## What `relays` means',
    ]) {
      expect(guide).toContain(heading);
    }
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(
    blocks.map((block, index) => ({ index, block, file: /^# (data\/\S+)\n/.exec(block)?.[1] })),
  )('example $index ($file) quotes the corpus as it is', ({ block, file }) => {
    expect(file, `every example names its file on its first line:\n${block}`).toBeDefined();
    const actual = parse(readFileSync(join(REPO_ROOT, file ?? ''), 'utf8')) as Json;
    expect(differences(parse(block) as Json, actual, file ?? '')).toEqual([]);
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiskCache, createMemoryCache, type ParseCache } from './parseCache';
import { parseYamlParts } from './parseYaml';

const dir = mkdtempSync(join(tmpdir(), 'compiler-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const a = { file: 'a.yaml', text: 'a: 1\n' };
const b = { file: 'b.yaml', text: 'b: [x, 2]\n' };
const inf = { file: 'c.yaml', text: 'c: .inf\n' };

async function roundTrip(cache: ParseCache): Promise<void> {
  expect((await cache.lookup([a, b])).misses).toEqual([a, b]);
  await cache.store(
    new Map([
      [a.file, parseYamlParts(a.text)],
      [b.file, parseYamlParts(b.text)],
    ]),
    [a, b],
  );
  const { hits, misses } = await cache.lookup([a, { ...b, text: 'b: changed\n' }]);
  expect(misses.map((job) => job.file)).toEqual(['b.yaml']);
  expect(hits.get('a.yaml')).toEqual(parseYamlParts(a.text));
}

describe('parse caches', () => {
  it('memory: hits unchanged files, misses changed ones', async () => {
    await roundTrip(createMemoryCache());
  });

  it('disk: hits unchanged files, forgets files no longer in the corpus, skips what JSON cannot hold', async () => {
    const cache = createDiskCache(dir);
    await roundTrip(cache);
    await cache.store(new Map([[inf.file, parseYamlParts(inf.text)]]), [a, inf]);
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await cache.lookup([inf])).misses).toEqual([inf]);
  });

  it('disk: an entry that cannot be read is a miss, not a failed compile', async () => {
    const cache = createDiskCache(dir);
    await cache.store(new Map([[a.file, parseYamlParts(a.text)]]), [a]);
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry ?? ''), '{"value": {"a": 1}, "rootOffset": 0, "probl');
    expect((await cache.lookup([a])).misses).toEqual([a]);
  });
});

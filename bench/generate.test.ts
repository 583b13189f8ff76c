import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus, SIZES, type CorpusShape, type GeneratedCorpus } from './generate';

const SMALL: CorpusShape = { entities: 300, relations: 900, sources: 40, claims: 20 };

interface Evidence {
  source: string;
  exact: string;
}

let sizeS: GeneratedCorpus | null = null;
/** Size S is generated once for the tests that need it. */
function corpusS(): GeneratedCorpus {
  sizeS ??= generateCorpus({ shape: SIZES.S, seed: 1, name: 'S' });
  return sizeS;
}

function digest(corpus: GeneratedCorpus): string {
  const hash = createHash('sha256');
  for (const file of corpus.files) hash.update(`${file.path}\0${file.content}\0`);
  return hash.digest('hex');
}

function annotations(corpus: GeneratedCorpus, key: 'entities' | 'relations' | 'claims') {
  return corpus.files
    .filter((f) => f.path.startsWith(`annotations/${key}/`))
    .flatMap((f) => (parse(f.content) as Record<string, Record<string, unknown>[]>)[key] ?? []);
}

function occurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

describe('generateCorpus', () => {
  it('gives the same files for the same seed and different ones for another seed', () => {
    const a = generateCorpus({ shape: SMALL, seed: 7, name: 'test' });
    const b = generateCorpus({ shape: SMALL, seed: 7, name: 'test' });
    const c = generateCorpus({ shape: SMALL, seed: 8, name: 'test' });
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it('writes the counts of size S, with sources in many files and annotations split', () => {
    const corpus = corpusS();
    expect(annotations(corpus, 'entities')).toHaveLength(1_000);
    expect(annotations(corpus, 'relations')).toHaveLength(3_000);
    expect(annotations(corpus, 'claims')).toHaveLength(SIZES.S.claims);
    const sourceFiles = corpus.files.filter((f) => /^sources\/s\d+\.yaml$/.test(f.path));
    expect(sourceFiles).toHaveLength(SIZES.S.sources);
    expect(corpus.files.filter((f) => f.path.startsWith('annotations/')).length).toBeGreaterThan(2);
    expect(corpus.counts).toMatchObject({ entities: 1_000, relations: 3_000, sources: 150 });
  });

  it('places every evidence quote exactly once in its source text', () => {
    const corpus = generateCorpus({ shape: SMALL, seed: 3, name: 'test' });
    const texts = new Map(
      corpus.files
        .filter((f) => f.path.endsWith('.txt'))
        .map((f) => [f.path.replace(/^sources\/|\.txt$/g, ''), f.content]),
    );
    const quotes = [...annotations(corpus, 'relations'), ...annotations(corpus, 'claims')].flatMap(
      (record) => record.evidence as Evidence[],
    );
    expect(quotes.length).toBe(corpus.counts.evidence);
    for (const { source, exact } of quotes) {
      expect(occurrences(texts.get(source) ?? '', exact), `${source}: ${exact}`).toBe(1);
    }
  });

  it('uses unique slug ids, known endpoints and valid-looking EDTF dates', () => {
    const corpus = generateCorpus({ shape: SMALL, seed: 5, name: 'test' });
    const entities = annotations(corpus, 'entities');
    const relations = annotations(corpus, 'relations');
    const claims = annotations(corpus, 'claims');
    const ids = [...entities, ...relations, ...claims].map((r) => r.id as string);
    const formerIds = entities.flatMap((e) => (e.former_ids as string[] | undefined) ?? []);
    expect(new Set([...ids, ...formerIds]).size).toBe(ids.length + formerIds.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const entityIds = new Set(entities.map((e) => e.id));
    for (const r of relations) {
      expect(entityIds.has(r.subject as string)).toBe(true);
      expect(entityIds.has(r.object as string)).toBe(true);
      expect(r.subject).not.toBe(r.object);
      if (r.date !== undefined) {
        expect(r.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?([?~]|\/(\d{4}-\d{2}|\.\.))?$/);
      }
    }
  });

  it('has heavy-tailed degrees, dominant sources and claims with contradicted_by', () => {
    const corpus = corpusS();
    const degree = new Map<string, number>();
    const perSource = new Map<string, number>();
    for (const r of annotations(corpus, 'relations')) {
      for (const end of [r.subject, r.object] as string[])
        degree.set(end, (degree.get(end) ?? 0) + 1);
      for (const e of r.evidence as Evidence[])
        perSource.set(e.source, (perSource.get(e.source) ?? 0) + 1);
    }
    const degrees = [...degree.values()].sort((a, b) => b - a);
    const median = degrees[Math.floor(degrees.length / 2)] ?? 0;
    expect(degrees[0]).toBeGreaterThan(20 * median);
    const top = Math.max(...perSource.values());
    expect(top).toBeGreaterThan(10 * (corpus.counts.evidence / SIZES.S.sources));
    const contradicted = annotations(corpus, 'claims').filter(
      (c) => (c.contradicted_by as string[]).length > 0,
    );
    expect(contradicted.length).toBeGreaterThan(0);
    expect(corpus.counts.contradictedClaims).toBe(contradicted.length);
  });

  it('skews relation dates to recent years', () => {
    const corpus = corpusS();
    const years = annotations(corpus, 'relations')
      .filter((r) => r.date !== undefined)
      .map((r) => Number(String(r.date).slice(0, 4)));
    const recent = years.filter((y) => y >= 2020).length;
    expect(recent / years.length).toBeGreaterThan(0.6);
  });
});

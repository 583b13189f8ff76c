import { describe, expect, it } from 'vitest';
import {
  COMPILED_FORMAT_VERSION,
  FULL_VALIDATION_LIMIT,
  parseCompiledGraph,
  parseCompiledTexts,
  textsFileFor,
  type CompiledGraph,
} from './compiledGraph';

function graph(nodeCount: number) {
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
    key: `n${index}`,
    attributes: {
      label: `N${index}`,
      type: 'organization',
      aliases: [],
      description: '',
      externalIds: {},
      formerIds: [],
      sources: [],
      x: 0,
      y: 0,
    },
  }));
  return {
    attributes: {
      formatVersion: COMPILED_FORMAT_VERSION as number,
      title: 't',
      description: '',
      offsetUnit: 'utf16-code-units',
      sources: [],
      entityTypes: [],
      predicates: [{ id: 'related_to', label: 'related to', description: '' }],
      formerIds: {},
      origins: [],
      statuses: [{ id: 'reported', label: 'reported', description: '' }],
      textsDigest: 'abc',
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges: edgesBetween(nodeCount),
  };
}

/** A `related_to` edge from each node to the next, as columns, each quoting no source. */
function edgesBetween(nodeCount: number) {
  const count = Math.max(0, nodeCount - 1);
  const each = <T>(value: (e: number) => T): T[] =>
    Array.from({ length: count }, (_, e) => value(e));
  return {
    key: each((e) => `e${e}`),
    source: each((e) => e),
    target: each((e) => e + 1),
    predicate: each(() => 0) as unknown[],
    date: each(() => null),
    dateStart: each(() => null) as unknown[],
    dateEnd: each(() => null),
    dateBasis: each(() => null),
    note: each(() => null),
    derived: each(() => 0),
    evidenceStart: Array.from({ length: count + 1 }, () => 0),
    evidence: {
      source: [],
      exact: [],
      prefix: [],
      suffix: [],
      start: [],
      end: [],
      headline: [],
      accordingTo: [],
      origin: [],
    },
    contradicts: [],
    supports: [],
    status: each(() => 0),
    accordingTo: [],
    perClaim: [],
    credibility: [],
    dateEstimated: [],
    dateRelativeTo: [],
    origins: [],
    readings: [],
  };
}

describe('parseCompiledGraph', () => {
  it('accepts a valid graph and rejects a newer format version', () => {
    expect(parseCompiledGraph(graph(3)).success).toBe(true);
    const newer = graph(3);
    newer.attributes.formatVersion = COMPILED_FORMAT_VERSION + 1;
    expect(parseCompiledGraph(newer).success).toBe(false);
  });

  it('validates every element of a small graph', () => {
    const broken = graph(1200);
    (broken.nodes[600]!.attributes as { type: string }).type = 'alien';
    expect(parseCompiledGraph(broken).success).toBe(false);
  });

  it('validates every edge of a small graph, column by column', () => {
    const broken = graph(1200);
    broken.edges.dateStart[600] = '2020-13';
    const result = parseCompiledGraph(broken);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['edges', 'dateStart', 600]);
  });

  it('validates the header and a sample of a large graph', () => {
    const large = graph(FULL_VALIDATION_LIMIT + 10);
    expect(parseCompiledGraph(large).success).toBe(true);
    (large.nodes[3]!.attributes as { type: string }).type = 'alien';
    expect(parseCompiledGraph(large).success).toBe(false);
    expect(parseCompiledGraph({ ...large, options: { type: 'undirected' } }).success).toBe(false);
    // An edge among the first hundred, in a column of its own.
    const edge = graph(FULL_VALIDATION_LIMIT + 10);
    edge.edges.predicate[5] = 'related_to';
    const result = parseCompiledGraph(edge);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['edges', 'predicate', 5]);
  });

  it('refuses columns of different lengths at any size, naming the column', () => {
    for (const size of [5, FULL_VALIDATION_LIMIT + 10]) {
      const cut = graph(size);
      cut.edges.note.pop();
      const result = parseCompiledGraph(cut);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues).toEqual([
          expect.objectContaining({
            path: ['edges', 'note'],
            message: `has ${size - 2} items, not ${size - 1}; run npm run data again`,
          }),
        ]);
      }
    }
    const rows = graph(5);
    rows.edges.evidenceStart[4] = 2;
    const result = parseCompiledGraph(rows);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.message).toBe(
        'ends at 2, but there are 0 evidence rows; run npm run data again',
      );
    }
  });

  it("samples a large graph's sources too, and says which one is wrong", () => {
    const large = graph(FULL_VALIDATION_LIMIT + 10);
    const source = (id: string, textLength: unknown) => ({
      id,
      title: id,
      publisher: null,
      author: null,
      url: null,
      published: null,
      estimatedDate: null,
      estimatedDateBasis: null,
      language: null,
      notes: null,
      textLength,
      authorEntity: null,
      publisherEntity: null,
      relays: [],
      reliability: null,
      headline: null,
    });
    (large.attributes.sources as unknown[]) = Array.from({ length: 50 }, (_, index) =>
      source(`s${index}`, 7),
    );
    expect(parseCompiledGraph(large).success).toBe(true);
    (large.attributes.sources as unknown[])[1] = source('s1', 'seven');
    const result = parseCompiledGraph(large);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.path).toEqual(['attributes', 'sources', 1, 'textLength']);
    }
  });
});

describe('parseCompiledTexts', () => {
  const owner = graph(3) as unknown as CompiledGraph;
  const texts = (count: number, digest = 'abc') => ({
    formatVersion: COMPILED_FORMAT_VERSION as number,
    digest,
    sources: Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `s${index}`,
        { text: 'A text.', mentions: [[0, 1, 'n0']] as unknown[] },
      ]),
    ),
  });

  it('accepts the texts compiled with the graph, and no others', () => {
    expect(parseCompiledTexts(texts(3), owner).success).toBe(true);
    const stale = parseCompiledTexts(texts(3, 'def'), owner);
    expect(stale.success).toBe(false);
    if (!stale.success) {
      expect(stale.error.issues[0]?.path).toEqual(['digest']);
      expect(stale.error.issues[0]?.message).toMatch(/another compile/);
    }
    const newer = { ...texts(3), formatVersion: COMPILED_FORMAT_VERSION + 1 };
    expect(parseCompiledTexts(newer, owner).success).toBe(false);
    expect(parseCompiledTexts({ ...texts(3), sources: [] }, owner).success).toBe(false);
  });

  it('checks every text of a few sources, and a sample of many, and says which one is wrong', () => {
    const few = texts(3);
    few.sources.s1!.mentions = [[0, 1]];
    const fewResult = parseCompiledTexts(few, owner);
    expect(fewResult.success).toBe(false);
    if (!fewResult.success) {
      expect(fewResult.error.issues[0]?.path).toEqual(['sources', 's1', 'mentions', 0]);
    }
    const many = texts(100);
    expect(parseCompiledTexts(many, owner).success).toBe(true);
    // Of a sampled source's mentions, the first ones are checked too.
    many.sources.s1!.mentions = [[-1, 1, 'n0'], ...Array.from({ length: 200 }, () => [0, 1, 'n0'])];
    const manyResult = parseCompiledTexts(many, owner);
    expect(manyResult.success).toBe(false);
    if (!manyResult.success) {
      expect(manyResult.error.issues[0]?.path).toEqual(['sources', 's1', 'mentions', 0, 0]);
    }
  });

  it('is found beside the graph file', () => {
    expect(textsFileFor('./corpus.json')).toBe('./corpus.texts.json');
    expect(textsFileFor('build/graph.json')).toBe('build/graph.texts.json');
    expect(textsFileFor('graph')).toBe('graph.texts.json');
  });
});

import { describe, expect, it } from 'vitest';
import { FULL_VALIDATION_LIMIT, parseCompiledGraph } from './compiledGraph';

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
      formatVersion: 1,
      title: 't',
      description: '',
      offsetUnit: 'utf16-code-units',
      sources: [],
      entityTypes: [],
      predicates: [],
      formerIds: {},
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges: [] as unknown[],
  };
}

describe('parseCompiledGraph', () => {
  it('accepts a valid graph and rejects a newer format version', () => {
    expect(parseCompiledGraph(graph(3)).success).toBe(true);
    const newer = graph(3);
    newer.attributes.formatVersion = 2;
    expect(parseCompiledGraph(newer).success).toBe(false);
  });

  it('validates every element of a small graph', () => {
    const broken = graph(1200);
    (broken.nodes[600]!.attributes as { type: string }).type = 'alien';
    expect(parseCompiledGraph(broken).success).toBe(false);
  });

  it('validates the header and a sample of a large graph', () => {
    const large = graph(FULL_VALIDATION_LIMIT + 10);
    expect(parseCompiledGraph(large).success).toBe(true);
    (large.nodes[3]!.attributes as { type: string }).type = 'alien';
    expect(parseCompiledGraph(large).success).toBe(false);
    expect(parseCompiledGraph({ ...large, options: { type: 'undirected' } }).success).toBe(false);
  });

  it("samples a large graph's sources too, and says which one is wrong", () => {
    const large = graph(FULL_VALIDATION_LIMIT + 10);
    const source = (id: string, text: unknown) => ({
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
      text,
      mentions: [[0, 1, 'n0']],
    });
    (large.attributes.sources as unknown[]) = Array.from({ length: 50 }, (_, index) =>
      source(`s${index}`, 'A text.'),
    );
    expect(parseCompiledGraph(large).success).toBe(true);
    (large.attributes.sources as unknown[])[1] = source('s1', 42);
    const result = parseCompiledGraph(large);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.path).toEqual(['attributes', 'sources', 1, 'text']);
    }
    // Of a sampled source's mentions, the first ones are checked too.
    const badMention = { ...source('s1', 'A text.'), mentions: [[-1, 1, 'n0']] };
    (large.attributes.sources as unknown[])[1] = badMention;
    const mentionResult = parseCompiledGraph(large);
    expect(mentionResult.success).toBe(false);
    if (!mentionResult.success) {
      expect(mentionResult.error.issues[0]?.path).toEqual([
        'attributes',
        'sources',
        1,
        'mentions',
        0,
        0,
      ]);
    }
  });
});

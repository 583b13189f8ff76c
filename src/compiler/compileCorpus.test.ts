import { describe, expect, it } from 'vitest';
import { findGraphProblems } from './checkGraph';
import { compileCorpus } from './compileCorpus';
import { serializeCorpus, splitCorpus, type CompiledCorpus } from './output/buildGraph';
import { baseCorpus, corpusWith } from './__fixtures__/baseCorpus';
import { loadFixture } from './__fixtures__/loadFixture';

function compileOk(files = loadFixture('small')): CompiledCorpus {
  const result = compileCorpus(files);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!result.graph) throw new Error('no graph');
  return result.graph;
}

const edge = (graph: CompiledCorpus, key: string) => graph.edges.find((e) => e.key === key);
const node = (graph: CompiledCorpus, key: string) => graph.nodes.find((n) => n.key === key);

describe('compileCorpus on the small fixture', () => {
  const graph = compileOk();

  it('produces a graph that satisfies the schema and every invariant', () => {
    expect(findGraphProblems(graph)).toEqual([]);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    expect(serializeCorpus(compileOk())).toEqual(serializeCorpus(graph));
  });

  it('writes the two files that the invariants were checked on', () => {
    // The texts file is spliced together from its parts: it must read back as the same object.
    const files = serializeCorpus(graph);
    const split = splitCorpus(graph);
    expect(JSON.parse(files.graph)).toEqual(split.graph);
    expect(JSON.parse(files.texts)).toEqual(split.texts);
    expect(files.texts.endsWith('}\n')).toBe(true);
  });

  it('compiles relations into edges with dates, evidence offsets and sources', () => {
    const accessed = edge(graph, 'employees-accessed-us-data');
    expect(accessed).toMatchObject({
      source: 'china-based-employees',
      target: 'us-user-data',
      attributes: {
        predicate: 'accessed',
        label: 'accessed',
        date: '2021-09/2022-01',
        dateStart: '2021-09-01',
        dateEnd: '2022-01-31',
        sources: ['s001'],
        contradicts: ['claim-us-data-stored-in-us'],
        derived: false,
      },
    });
    // A bare year written unquoted (`date: 2021`) is read as the EDTF year it looks like.
    expect(edge(graph, 'trust-and-safety-part-of-tiktok')?.attributes.date).toBe('2021');
  });

  it('turns claims into nodes with generated, derived edges', () => {
    const claim = node(graph, 'claim-us-data-stored-in-us');
    expect(claim?.attributes).toMatchObject({ type: 'claim', sources: ['s001', 's002'] });
    expect(claim?.attributes.claim).toMatchObject({
      claimant: 'tiktok',
      disputed: true,
      contradictedBy: ['employees-accessed-us-data', 'claim-everything-seen-in-china'],
      dateStart: '2019-10-01',
    });
    expect(edge(graph, 'claim-us-data-stored-in-us~stated')).toMatchObject({
      source: 'tiktok',
      target: 'claim-us-data-stored-in-us',
      attributes: { predicate: 'stated', derived: true, date: '2019-10' },
    });
    expect(edge(graph, 'claim-us-data-stored-in-us~about~us-user-data')?.attributes.predicate).toBe(
      'about',
    );
    expect(
      edge(graph, 'claim-everything-seen-in-china~contradicts~claim-us-data-stored-in-us'),
    ).toMatchObject({
      source: 'claim-everything-seen-in-china',
      target: 'claim-us-data-stored-in-us',
      attributes: { sources: ['s001', 's002'], derived: true },
    });
    expect(edge(graph, 'master-admin-has-access')?.attributes.supports).toEqual([
      'claim-everything-seen-in-china',
    ]);
  });

  it('fills graph attributes: predicates used, former ids, sources with mentions', () => {
    expect(graph.attributes.predicates.map((p) => p.id)).toEqual([
      'owns',
      'part_of',
      'accessed',
      'has_access_to',
      'stated',
      'about',
      'contradicts',
    ]);
    expect(graph.attributes.formerIds).toEqual({ 'byte-dance': 'bytedance' });
    const s002 = graph.attributes.sources.find((s) => s.id === 's002');
    expect(s002).toMatchObject({
      publisher: null,
      url: null,
      estimatedDate: '2019-10',
      published: null,
    });
    const s001 = graph.attributes.sources.find((s) => s.id === 's001');
    const mentioned = (s001?.mentions ?? []).map(([a, b, id]) => [s001?.text.slice(a, b), id]);
    expect(mentioned).toContainEqual(['engineers in China', 'china-based-employees']);
    expect(mentioned).toContainEqual(['Tiktok', 'tiktok']);
    expect(node(graph, 'tiktok')?.attributes.sources).toEqual(['s001', 's002']);
  });
});

describe('compileCorpus with per_claim', () => {
  it("gives a relation that states a claim, and quotes nothing itself, the claim's evidence", () => {
    const files = baseCorpus();
    files['annotations/b.yaml'] = [
      'relations:',
      '  - { id: meeting-fine-rel, subject: alice, predicate: discussed, object: bob, per_claim: meeting-fine }',
      '',
    ].join('\n');
    const result = compileCorpus(files);
    const relation = result.graph?.edges.find((e) => e.key === 'meeting-fine-rel');
    const claim = result.graph?.nodes.find((n) => n.key === 'meeting-fine');
    expect(relation?.attributes.evidence).toEqual(claim?.attributes.claim?.evidence);
    expect(relation?.attributes.evidence.map((e) => e.exact)).toEqual(['"the meeting was fine."']);
    expect(relation?.attributes.sources).toEqual(['s1']);
  });
});

/** The base corpus is written as before attribution: its file gets the one note for that. */
const BASE_FILE_NOTE = {
  severity: 'warning',
  file: 'annotations/a.yaml',
  line: 9,
  col: 9,
  message:
    '1 relation and 2 claims in this file state no status, so they are read as written before ' +
    'attribution (relations reported, claims attributed, each quote according to its source): say ' +
    'how each is asserted with status: reported | attributed | opinion | document | inference, and ' +
    'by whom with according_to: when not the source itself (docs/data-format.md, "Attribution")',
} as const;
const format = (d: { file: string; line: number; col: number; message: string }): string =>
  `${d.file}:${d.line}:${d.col}: ${d.message}`;

describe('compileCorpus warnings', () => {
  it('warns about an entity no relation or claim uses, and still compiles', () => {
    const files = baseCorpus();
    files['annotations/b.yaml'] = 'entities:\n  - id: carol\n    type: person\n    label: Carol\n';
    const result = compileCorpus(files);
    expect(result.graph).toBeDefined();
    expect(result.diagnostics).toEqual([
      BASE_FILE_NOTE,
      {
        severity: 'warning',
        file: 'annotations/b.yaml',
        line: 2,
        col: 9,
        message:
          'entity "carol" is used by no relation or claim: link it, or remove it if it does not matter',
      },
    ]);
  });

  it('compiles a formerly built-in predicate with one warning per predicate, saying how to define it', () => {
    const files = baseCorpus();
    files['annotations/b.yaml'] = [
      'relations:',
      '  - { id: r1, subject: alice, predicate: threatened_to_ban, object: bob, status: reported, evidence: [{ source: s1, exact: Alice met }] }',
      '  - { id: r2, subject: bob, predicate: threatened_to_ban, object: alice, status: reported, evidence: [{ source: s1, exact: met Bob }] }',
      '',
    ].join('\n');
    const result = compileCorpus(files);
    expect(result.graph?.edges.find((e) => e.key === 'r2')?.attributes.label).toBe(
      'threatened to ban',
    );
    expect(result.diagnostics.map(format)).toEqual([
      format(BASE_FILE_NOTE),
      'annotations/b.yaml:2:42: predicate "threatened_to_ban" is no longer built in: define it in ' +
        'corpus.yaml under predicates: (- id: threatened_to_ban, label: threatened to ban, description: ...)',
    ]);
  });

  it('takes a corpus definition of a formerly built-in predicate without a warning', () => {
    const files = corpusWith({
      'corpus.yaml': 'predicates:\n  - { id: relied_on, label: leaned on }\n',
    });
    files['annotations/b.yaml'] =
      'relations:\n  - { id: r1, subject: alice, predicate: relied_on, object: bob, status: reported, evidence: [{ source: s1, exact: Alice met }] }\n';
    const result = compileCorpus(files);
    expect(result.diagnostics).toEqual([BASE_FILE_NOTE]);
    expect(result.graph?.edges.find((e) => e.key === 'r1')?.attributes.label).toBe('leaned on');
  });

  it('warns about a stray file and ignores hidden ones', () => {
    const result = compileCorpus(corpusWith({ 'sources/notes.md': 'x', '.DS_Store': 'x' }));
    expect(result.graph).toBeDefined();
    expect(result.diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
      `${BASE_FILE_NOTE.file}: ${BASE_FILE_NOTE.message}`,
      expect.stringMatching(/^sources\/notes\.md: file ignored/),
    ]);
  });
});

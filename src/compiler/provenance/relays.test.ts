// Relay chains and external origins: what is refused (file:line:col) and what is counted.
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compileCorpus';
import { formatDiagnostic } from '../diagnostics';
import {
  ARTICLE_A_META,
  relationQuotingB,
  relayCorpus,
  relayCorpusWith,
} from '../__fixtures__/relayCorpus';
import type { CorpusFiles } from '../types';

function compiled(files: CorpusFiles) {
  const result = compileCorpus(files);
  const lines = result.diagnostics.map((d) => formatDiagnostic(d));
  return { graph: result.graph, lines, errors: lines.filter((l) => !l.includes(': warning: ')) };
}

const edge = (files: CorpusFiles, key: string) =>
  compiled(files).graph?.edges.find((e) => e.key === key)?.attributes;

describe('relays', () => {
  it('counts three sources relaying one external report as one independent origin', () => {
    const { graph, lines } = compiled(relayCorpus());
    expect(lines).toEqual([]);
    const accessed = graph?.edges.find((e) => e.key === 'engineers-accessed-us-data')?.attributes;
    expect(accessed?.sources).toEqual(['a', 'b', 'blog']);
    expect(accessed?.corroboratingSources).toEqual(['a', 'b', 'blog']);
    expect(accessed?.origins).toEqual([{ roots: ['gazette-report'], sources: ['a', 'b', 'blog'] }]);
    expect(accessed?.credibilityDerived).toBeNull();
    expect(graph?.attributes.origins).toEqual([
      {
        id: 'gazette-report',
        title: 'The Gazette review of leaked recordings',
        publisher: 'The Gazette',
        entity: 'gazette',
        url: null,
        published: null,
        relays: [],
        reliability: null,
        notes: null,
      },
    ]);
    const blog = graph?.attributes.sources.find((s) => s.id === 'blog');
    expect(blog?.relays).toEqual(['a']);
  });

  it('counts each source as its own origin when nothing is relayed', () => {
    const files = relayCorpusWith({
      'sources/a.yaml': ARTICLE_A_META,
      'sources/b.yaml': 'title: Article B\n',
      'sources/blog.yaml': 'title: A blog post\n',
    });
    const accessed = edge(files, 'engineers-accessed-us-data');
    expect(accessed?.origins.map((g) => g.roots)).toEqual([['a'], ['b'], ['blog']]);
    expect(accessed?.credibilityDerived).toBe(1);
  });

  it('refuses a cycle at the relay that closes it, naming the cycle', () => {
    const { errors, graph } = compiled(
      relayCorpusWith({ 'sources/a.yaml': `${ARTICLE_A_META}relays: [gazette-report, blog]\n` }),
    );
    expect(graph).toBeUndefined();
    expect(errors).toEqual([
      'sources/blog.yaml:2:10: relays form a cycle (a → blog → a): a report cannot pass on what ' +
        'passes it on; remove one of these relays',
    ]);
  });

  it('refuses a relay of an unknown id, with the closest one', () => {
    const { errors } = compiled(
      relayCorpusWith({ 'sources/b.yaml': 'title: Article B\nrelays:\n  - gazete-report\n' }),
    );
    expect(errors).toEqual([
      'sources/b.yaml:3:5: unknown source or origin "gazete-report" in relays (did you mean ' +
        '"gazette-report"?); relay a source id (a file sources/<id>.yaml) or an origin listed under ' +
        'origins: in corpus.yaml',
    ]);
  });

  it('refuses an origin chain that loops and an origin relaying itself', () => {
    const corpus = [
      'origins:',
      '  - { id: wire, title: Wire, relays: [paper] }',
      '  - { id: paper, title: Paper, relays: [wire] }',
      '  - { id: gazette-report, title: Gazette, relays: [gazette-report] }',
      '',
    ].join('\n');
    const { errors } = compiled(relayCorpusWith({ 'corpus.yaml': corpus }));
    expect(errors).toEqual([
      'corpus.yaml:3:41: relays form a cycle (wire → paper → wire): a report cannot pass on what ' +
        'passes it on; remove one of these relays',
      'corpus.yaml:4:52: "gazette-report" relays itself: list what it passes on, not its own id',
    ]);
  });

  it('refuses an origin with the id of a source, and an unknown entity for it', () => {
    const corpus =
      'origins:\n  - { id: b, title: B again }\n  - { id: w, title: W, entity: gazete }\n';
    const { errors } = compiled(relayCorpusWith({ 'corpus.yaml': corpus }));
    expect(errors).toEqual([
      expect.stringMatching(
        /^corpus\.yaml:2:11: origin "b" has the id of a source \(sources\/b\.yaml\)/,
      ),
      expect.stringMatching(
        /^corpus\.yaml:3:32: unknown entity "gazete" in entity \(did you mean "gazette"\?\)/,
      ),
      // The articles still relay gazette-report, which is now gone.
      expect.stringMatching(/^sources\/a\.yaml:4:10: unknown source or origin "gazette-report"/),
      expect.stringMatching(/^sources\/b\.yaml:3:10: unknown source or origin "gazette-report"/),
    ]);
  });

  it("takes a quote's own origin: self is the source's own contribution", () => {
    const relations = [
      'relations:',
      '  - id: problem',
      '    subject: engineers',
      '    predicate: accessed',
      '    object: us-data',
      '    status: reported',
      '    evidence:',
      '      - { source: blog, exact: Engineers in China accessed US data, origin: self }',
      '      - { source: b, exact: engineers in China had access to US data }',
      '',
    ].join('\n');
    const problem = edge(relayCorpusWith({ 'annotations/relations.yaml': relations }), 'problem');
    expect(problem?.evidence.map((q) => q.origin)).toEqual(['blog', undefined]);
    expect(problem?.origins).toEqual([
      { roots: ['blog'], sources: ['blog'] },
      { roots: ['gazette-report'], sources: ['b'] },
    ]);
    expect(problem?.credibilityDerived).toBe(1);
  });

  it("counts an opinion as its source's own, whatever the source relays", () => {
    const relations = [
      'relations:',
      '  - id: huge-problem',
      '    subject: engineers',
      '    predicate: related_to',
      '    object: us-data',
      '    status: opinion',
      '    evidence:',
      '      - { source: blog, exact: This is a huge problem }',
      '',
    ].join('\n');
    const opinion = edge(
      relayCorpusWith({ 'annotations/relations.yaml': relations }),
      'huge-problem',
    );
    expect(opinion?.origins).toEqual([{ roots: ['blog'], sources: ['blog'] }]);
  });

  it('warns once per file and source when a source relays several reports and a quote does not say which', () => {
    const files = relayCorpusWith({
      'corpus.yaml': 'origins:\n  - { id: gazette-report, title: G }\n  - { id: wire, title: W }\n',
      'sources/b.yaml': 'title: Article B\nrelays: [gazette-report, wire]\n',
    });
    const { lines, graph } = compiled(files);
    expect(lines).toEqual([
      'annotations/relations.yaml:9:7: warning: "b" relays several reports (gazette-report, wire) ' +
        'and its quote does not say which this comes from: add origin: to the quote so independent ' +
        'origins are counted exactly (until then they count as one)',
    ]);
    const accessed = graph?.edges.find((e) => e.key === 'engineers-accessed-us-data')?.attributes;
    expect(accessed?.origins).toEqual([
      { roots: ['gazette-report', 'wire'], sources: ['a', 'b', 'blog'] },
    ]);
  });

  it('refuses an unknown quote origin, with the closest id', () => {
    const relations = relationQuotingB('origin: gazette-reprt');
    const { errors } = compiled(relayCorpusWith({ 'annotations/relations.yaml': relations }));
    expect(errors).toEqual([
      'annotations/relations.yaml:8:68: unknown origin "gazette-reprt" (did you mean ' +
        '"gazette-report"?): write self (the source\'s own contribution), a source id or an origin ' +
        'listed under origins: in corpus.yaml',
    ]);
  });
});

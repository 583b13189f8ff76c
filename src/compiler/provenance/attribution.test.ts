// Who a relation or claim is according to, in what voice, and with what grade: the rules of
// docs/data-format.md ("Attribution"), one fixture each.
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compileCorpus';
import { formatDiagnostic } from '../diagnostics';
import { relayCorpus, relayCorpusWith } from '../__fixtures__/relayCorpus';
import type { CorpusFiles } from '../types';

function compiled(files: CorpusFiles) {
  const result = compileCorpus(files);
  return { graph: result.graph, lines: result.diagnostics.map((d) => formatDiagnostic(d)) };
}

/** A relation from engineers to us-data with these fields (YAML lines) and quotes (flow maps). */
function relation(fields: string[], quotes: string[], id = 'r'): string {
  return [
    'relations:',
    `  - id: ${id}`,
    '    subject: engineers',
    '    predicate: has_access_to',
    '    object: us-data',
    ...fields.map((line) => `    ${line}`),
    ...(quotes.length > 0 ? ['    evidence:', ...quotes.map((q) => `      - ${q}`)] : []),
    '',
  ].join('\n');
}

const QUOTE_B = '{ source: b, exact: engineers in China had access }';
const QUOTE_A = '{ source: a, exact: engineers in China accessed US data }';

function relationIn(files: CorpusFiles, id = 'r') {
  const { graph, lines } = compiled(files);
  return { lines, edge: graph?.edges.find((e) => e.key === id)?.attributes };
}

describe('status and according_to', () => {
  it('reads a relation without either as reported, according to no one in particular', () => {
    const { edge, lines } = relationIn(
      relayCorpusWith({ 'annotations/relations.yaml': relation(['status: reported'], [QUOTE_B]) }),
    );
    expect(lines).toEqual([]);
    expect(edge).toMatchObject({ status: 'reported', accordingTo: [], perClaim: null });
    expect(edge?.evidence[0]).not.toHaveProperty('accordingTo');
  });

  it('keeps the relation-level and the per-quote attribution apart', () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': relation(
        ['status: attributed', 'according_to: gazette'],
        [
          QUOTE_A,
          `{ source: b, exact: had access to US data, according_to: [spokesperson, gazette] }`,
        ],
      ),
    });
    const { edge, lines } = relationIn(files);
    expect(lines).toEqual([]);
    expect(edge?.accordingTo).toEqual(['gazette']);
    expect(edge?.evidence.map((q) => q.accordingTo)).toEqual([
      undefined,
      ['spokesperson', 'gazette'],
    ]);
  });

  it('refuses an unknown entity in a quote and a claim in according_to, at the id', () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': relation(
        ['status: attributed', 'according_to: [gazette, security-team-created]'],
        ['{ source: b, exact: had access to US data, according_to: gazet }'],
      ),
    });
    expect(compiled(files).lines).toEqual([
      'annotations/relations.yaml:7:29: according_to "security-team-created" is a claim, but ' +
        'according_to must be an entity',
      'annotations/relations.yaml:9:66: unknown entity "gazet" in according_to (did you mean ' +
        '"gazette"?); define it in an annotation file or fix the id',
    ]);
  });

  it('requires a note with status inference and a party with status attributed', () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': [
        relation(['status: inference'], [QUOTE_B], 'inferred'),
        relation(['status: attributed'], [QUOTE_B], 'unattributed').replace('relations:\n', ''),
      ].join(''),
    });
    expect(compiled(files).lines).toEqual([
      'annotations/relations.yaml:6:13: status inference needs a note: say what in the text this ' +
        'reading rests on',
      'annotations/relations.yaml:13:13: status attributed needs to say by whom: according_to: ' +
        '<entity id>, or per_claim: the claim it states, or according_to on each quote; use ' +
        "reported for the source's own voice",
    ]);
  });

  it('accepts attributed when every quote names its party', () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': relation(
        ['status: attributed'],
        ['{ source: b, exact: had access to US data, according_to: gazette }'],
      ),
    });
    expect(relationIn(files).lines).toEqual([]);
  });

  it("reads a per_claim relation as the claimant's, attributed, with the claim's evidence", () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': [
        'relations:',
        '  - id: spokesperson-says-team-created',
        '    subject: spokesperson',
        '    predicate: created',
        '    object: security-team',
        '    per_claim: security-team-created',
        '',
      ].join('\n'),
    });
    const { graph, lines } = compiled(files);
    expect(lines).toEqual([
      expect.stringMatching(
        /^annotations\/entities\.yaml:2:11: warning: entity "engineers" is used by no/,
      ),
      expect.stringMatching(
        /^annotations\/entities\.yaml:3:11: warning: entity "us-data" is used by no/,
      ),
    ]);
    const edge = graph?.edges.find((e) => e.key === 'spokesperson-says-team-created')?.attributes;
    expect(edge).toMatchObject({
      status: 'attributed',
      accordingTo: ['spokesperson'],
      perClaim: 'security-team-created',
      sources: ['a'],
    });
  });

  it("gives claims attributed by default and their edges the claim's attribution", () => {
    const claims = [
      'claims:',
      '  - id: gazette-found-access',
      '    label: Engineers in China had access',
      '    statement: Engineers in China had access to US data.',
      '    claimant: gazette',
      '    according_to: gazette',
      '    about: [us-data]',
      '    evidence:',
      `      - ${QUOTE_B}`,
      '',
    ].join('\n');
    const { graph, lines } = compiled(relayCorpusWith({ 'annotations/claims.yaml': claims }));
    expect(lines).toEqual([
      expect.stringMatching(
        /^annotations\/claims\.yaml:2:9: warning: 1 claim in this file states no status/,
      ),
      expect.stringMatching(
        /^annotations\/entities\.yaml:5:11: warning: entity "spokesperson" is used by no/,
      ),
      expect.stringMatching(
        /^annotations\/entities\.yaml:6:11: warning: entity "security-team" is used by no/,
      ),
    ]);
    const claim = graph?.nodes.find((n) => n.key === 'gazette-found-access')?.attributes.claim;
    expect(claim).toMatchObject({ status: 'attributed', accordingTo: ['gazette'] });
    const about = graph?.edges.find((e) => e.key === 'gazette-found-access~about~us-data');
    expect(about?.attributes).toMatchObject({
      status: 'attributed',
      accordingTo: ['gazette'],
      origins: [{ roots: ['gazette-report'], sources: ['b'] }],
    });
  });
});

describe('headlines', () => {
  const headlineQuote = '{ source: b, exact: US data accessed from China }';

  it('marks quotes within the first line and does not count a source quoted only there', () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': relation(['status: reported'], [headlineQuote, QUOTE_A]),
      'sources/a.yaml': 'title: Article A\nestimated_date: 2022\nestimated_date_basis: news\n',
      'sources/b.yaml': 'title: Article B\n',
    });
    const { edge, lines } = relationIn(files);
    expect(lines).toEqual([]);
    expect(edge?.evidence.map((q) => q.headline)).toEqual([true, undefined]);
    expect(edge?.sources).toEqual(['a', 'b']);
    expect(edge?.corroboratingSources).toEqual(['a']);
    expect(edge?.origins).toEqual([{ roots: ['a'], sources: ['a'] }]);
    const b = compiled(files).graph?.attributes.sources.find((s) => s.id === 'b');
    expect(b?.headline).toEqual([0, 'US data accessed from China, recordings show'.length]);
  });

  it('counts a source quoted in its headline and its body', () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': relation(['status: reported'], [headlineQuote, QUOTE_B]),
    });
    expect(relationIn(files).edge?.corroboratingSources).toEqual(['b']);
  });

  it('takes the headline the metadata names, or none', () => {
    const named = relayCorpusWith({
      'annotations/relations.yaml': relation(['status: reported'], [QUOTE_B]),
      'sources/b.yaml': 'title: Article B\nheadline: { exact: According to the Gazette }\n',
    });
    const { edge } = relationIn(named);
    expect(edge?.evidence[0]?.headline).toBeUndefined();
    const source = compiled(named).graph?.attributes.sources.find((s) => s.id === 'b');
    expect(source?.headline).toEqual([46, 70]);
    const none = relayCorpusWith({
      'annotations/relations.yaml': relation(['status: reported'], [headlineQuote]),
      'sources/b.yaml': 'title: Article B\nheadline: false\n',
    });
    expect(relationIn(none).edge?.corroboratingSources).toEqual(['b']);
  });

  it('refuses a headline that is not in the text, at the field', () => {
    const files = relayCorpusWith({ 'sources/b.yaml': 'title: Article B\nheadline: Not there\n' });
    expect(compiled(files).lines).toEqual([
      expect.stringMatching(/^sources\/b\.yaml:2:11: quote not found in sources\/b\.txt/),
    ]);
  });
});

describe('credibility', () => {
  it('derives 1 from two independent origins, and warns where the annotator disagrees', () => {
    const files = relayCorpusWith({
      'annotations/relations.yaml': [
        relation(['status: reported', 'credibility: 1'], [QUOTE_B], 'one-origin'),
        relation(
          ['status: reported', 'credibility: 6'],
          [QUOTE_B, '{ source: a, exact: A spokesperson said, origin: self }'],
          'two-origins',
        ).replace('relations:\n', ''),
        relation(['status: reported', 'credibility: 3'], [QUOTE_B], 'judged').replace(
          'relations:\n',
          '',
        ),
      ].join(''),
    });
    const { graph, lines } = compiled(files);
    expect(lines).toEqual([
      'annotations/relations.yaml:7:18: warning: credibility 1 means confirmed by independent ' +
        'origins, but only one independent origin (gazette-report) supports this relation: grade it ' +
        '2–6, or add evidence from another origin',
      'annotations/relations.yaml:15:18: warning: credibility 6 says its truth cannot be judged, but ' +
        '2 independent origins (a, gazette-report) support this relation: remove the grade (it is ' +
        'then 1), or say in the note why',
    ]);
    const attributes = (key: string) => graph?.edges.find((e) => e.key === key)?.attributes;
    expect(attributes('one-origin')).toMatchObject({ credibility: 1, credibilityDerived: null });
    expect(attributes('two-origins')).toMatchObject({ credibility: 6, credibilityDerived: 1 });
    expect(attributes('judged')).toMatchObject({ credibility: 3, credibilityDerived: null });
  });
});

describe('the relay corpus as a whole', () => {
  it('compiles without a diagnostic', () => {
    expect(compiled(relayCorpus()).lines).toEqual([]);
  });
});

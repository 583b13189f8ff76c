// Dates read against an estimated writing date, circular estimates, and readings where sources
// differ (docs/data-format.md, "Dates that rest on an estimate" and "Readings").
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compileCorpus';
import { formatDiagnostic } from '../diagnostics';
import { ARTICLE_A_META, RELAY_CLAIMS, relayCorpusWith } from '../__fixtures__/relayCorpus';
import type { CorpusFiles } from '../types';

function compiled(files: CorpusFiles) {
  const result = compileCorpus(files);
  return { graph: result.graph, lines: result.diagnostics.map((d) => formatDiagnostic(d)) };
}

const claimOf = (files: CorpusFiles, id = 'security-team-created') =>
  compiled(files).graph?.nodes.find((n) => n.key === id)?.attributes.claim;

describe('dates read relative to a source', () => {
  it('are estimated when the source has only an estimated date, and so is the stated edge', () => {
    const { graph, lines } = compiled(relayCorpusWith({}));
    expect(lines).toEqual([]);
    const claim = graph?.nodes.find((n) => n.key === 'security-team-created')?.attributes.claim;
    expect(claim).toMatchObject({ date: '2022-05', dateEstimated: true, dateRelativeTo: 'a' });
    const stated = graph?.edges.find((e) => e.key === 'security-team-created~stated')?.attributes;
    expect(stated).toMatchObject({ dateEstimated: true, dateRelativeTo: 'a' });
    const about = graph?.edges.find((e) => e.key === 'security-team-created~about~security-team');
    expect(about?.attributes).toMatchObject({ dateEstimated: false, dateRelativeTo: null });
  });

  it('are firm when the source has a publication date', () => {
    const files = relayCorpusWith({
      'sources/a.yaml': 'title: Article A\npublished: 2022-06-02\nrelays: [gazette-report]\n',
    });
    expect(claimOf(files)).toMatchObject({ dateEstimated: false, dateRelativeTo: 'a' });
  });

  it('refuses a source with no date to read against, and an unknown source', () => {
    const undated = relayCorpusWith({ 'sources/a.yaml': 'title: Article A\n' });
    expect(compiled(undated).lines).toEqual([
      'annotations/claims.yaml:9:23: "a" has neither published nor estimated_date, so nothing to ' +
        'read a date against: give the source one, or date this from the text itself',
    ]);
    const unknown = relayCorpusWith({
      'annotations/claims.yaml': RELAY_CLAIMS.replace(
        'date_relative_to: a',
        'date_relative_to: aa',
      ),
    });
    expect(compiled(unknown).lines).toEqual([
      'annotations/claims.yaml:9:23: unknown source "aa" in date_relative_to (did you mean "a"?); ' +
        'name the source whose writing date the date was read against',
    ]);
  });

  it('warn when the estimate rests on the passage the date is resolved from', () => {
    const circular = relayCorpusWith({
      'sources/a.yaml': `${ARTICLE_A_META}estimated_date_evidence:\n  - exact: a security team in May\n`,
    });
    expect(compiled(circular).lines).toEqual([
      'annotations/claims.yaml:9:23: warning: circular date: the estimated date of "Article A" ' +
        'rests on "a security team in May", the passage this date is resolved from; date it from ' +
        'another source, or leave it undated',
    ]);
    const elsewhere = relayCorpusWith({
      'sources/a.yaml': `${ARTICLE_A_META}estimated_date_evidence:\n  - exact: reviewed by the Gazette\n`,
    });
    expect(compiled(elsewhere).lines).toEqual([]);
  });

  it('refuses estimate evidence that is not in the text, or without an estimated date', () => {
    const files = relayCorpusWith({
      'sources/b.yaml': 'title: Article B\nestimated_date_evidence:\n  - exact: not in it\n',
    });
    expect(compiled(files).lines).toEqual([
      expect.stringMatching(
        /^sources\/b\.yaml:3:3: estimated_date_evidence without estimated_date/,
      ),
      expect.stringMatching(/^sources\/b\.yaml:3:12: quote not found in sources\/b\.txt/),
    ]);
  });

  it('warn when the named source gives no evidence for the item', () => {
    const files = relayCorpusWith({
      'annotations/claims.yaml': RELAY_CLAIMS.replace('date_relative_to: a', 'date_relative_to: b'),
    });
    expect(compiled(files).lines).toEqual([
      'annotations/claims.yaml:9:23: warning: date_relative_to names "b", which gives no evidence ' +
        'for this claim: name the source the date was read from',
    ]);
  });

  it('mark a date whose basis speaks of an estimate, with one warning per file', () => {
    const claims = RELAY_CLAIMS.replace(
      'date_relative_to: a',
      'date_basis: \'"in May" in a text written in 2022 (estimated)\'',
    );
    const second = claims
      .replace('claims:\n', '')
      .replace('id: security-team-created', 'id: security-team-created-again');
    const files = relayCorpusWith({ 'annotations/claims.yaml': claims + second });
    const { graph, lines } = compiled(files);
    expect(lines).toEqual([
      'annotations/claims.yaml:9:17: warning: 2 dates in this file rest on an estimate (the ' +
        'date_basis says so) and are marked estimated: name the source each was read from with ' +
        'date_relative_to: <source id>',
    ]);
    const claim = graph?.nodes.find((n) => n.key === 'security-team-created')?.attributes.claim;
    expect(claim).toMatchObject({ dateEstimated: true, dateRelativeTo: null });
  });
});

describe('readings', () => {
  const readings = (lines: string[]) =>
    RELAY_CLAIMS.replace(
      '    evidence:\n',
      `    readings:\n${lines.map((l) => `      ${l}\n`).join('')}    evidence:\n`,
    );

  it('are compiled with their quotes anchored in their source', () => {
    const files = relayCorpusWith({
      'annotations/claims.yaml': readings([
        '- { detail: who, source: a, reads: engineers in China, exact: engineers in China }',
        '- { detail: who, source: b, reads: engineers in China (had access) }',
      ]),
    });
    const { graph, lines } = compiled(files);
    expect(lines).toEqual([]);
    const claim = graph?.nodes.find((n) => n.key === 'security-team-created');
    const start =
      'Leaked recordings show data was accessed from China\n\nThe recordings, reviewed by the Gazette, show that '
        .length;
    expect(claim?.attributes.claim?.readings).toEqual([
      {
        detail: 'who',
        source: 'a',
        reads: 'engineers in China',
        quote: { exact: 'engineers in China', start, end: start + 'engineers in China'.length },
      },
      { detail: 'who', source: 'b', reads: 'engineers in China (had access)', quote: null },
    ]);
  });

  it('refuse a quote not in the source it names', () => {
    const files = relayCorpusWith({
      'annotations/claims.yaml': readings([
        '- { detail: who, source: b, reads: engineers, exact: engineers in China accessed }',
        '- { detail: who, source: a, reads: engineers in China }',
      ]),
    });
    expect(compiled(files).lines).toEqual([
      'annotations/claims.yaml:11:60: quote not found in sources/b.txt; did you mean (line 3): ' +
        '"engineers in China had access"? Copy the quote from the text as it is, typos included',
      expect.stringMatching(
        /^annotations\/claims\.yaml:12:19: warning: only one source is read on "who"/,
      ),
    ]);
  });

  it('warn about a detail only one source is read on, and refuse an unknown source', () => {
    const files = relayCorpusWith({
      'annotations/claims.yaml': readings([
        '- { detail: who, source: a, reads: engineers }',
        '- { detail: when, source: c, reads: May }',
      ]),
    });
    expect(compiled(files).lines).toEqual([
      'annotations/claims.yaml:11:19: warning: only one source is read on "who": sources differ ' +
        'only with two readings; add how another source puts it, or remove the reading',
      'annotations/claims.yaml:12:33: unknown source "c" (did you mean "a"?); a source id is the ' +
        'name of a file sources/<id>.yaml',
    ]);
  });
});

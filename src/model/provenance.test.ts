// The provenance queries on a graph the compiler made of a small corpus with one of each feature
// (src/compiler/__fixtures__/relayCorpus.ts, provenanceCorpus): three articles relaying one report
// that is not in the corpus, a blog's opinion, a headline-only source, a per_claim relation.
import { describe, expect, it } from 'vitest';
import { parseCompiledGraph } from '../schema/compiledGraph';
import fixture from './__fixtures__/provenanceGraph.json';
import { loadModel } from './loadModel';
import {
  claimAttribution,
  claimLinks,
  countShownClaimOrigins,
  countShownOrigins,
  describeRoot,
  edgeAttribution,
} from './provenance';
import { readRow } from './sparseRows';

const parsed = parseCompiledGraph(fixture);
if (!parsed.success) throw parsed.error;
const model = loadModel(parsed.data);
const edge = (id: string) => model.edges.index.get(id) ?? -1;
const source = (id: string) => model.sources.index.get(id) ?? -1;

describe('the provenance tables', () => {
  it("hold each edge's status, estimated date, corroborating sources and origins", () => {
    const statusOf = (id: string) => model.statuses[model.edges.status[edge(id)] ?? 0]?.id;
    expect(statusOf('engineers-accessed-us-data')).toBe('attributed');
    expect(statusOf('blog-calls-it-a-problem')).toBe('opinion');
    expect(statusOf('headline-only-access')).toBe('reported');
    expect(model.edges.dateEstimated[edge('security-team-created~stated')]).toBe(1);
    expect(model.edges.dateEstimated[edge('security-team-created~about~security-team')]).toBe(0);
    const corroborating = (id: string) =>
      readRow(model.edges.corroboratingSources, edge(id)).map((s) => model.sources.ids[s]);
    expect(corroborating('engineers-accessed-us-data')).toEqual(['a', 'b', 'blog']);
    // Article B is quoted there in its headline only.
    expect(corroborating('headline-only-access')).toEqual(['a']);
    expect(model.edges.corroboration[edge('headline-only-access')]).toBe(2);
    expect(model.edges.independentOrigins[edge('engineers-accessed-us-data')]).toBe(1);
    expect(model.edges.independentOrigins[edge('blog-calls-it-a-problem')]).toBe(1);
    const claim = model.nodes.index.get('security-team-created') ?? -1;
    expect(model.nodes.claimIndependentOrigins[claim]).toBe(1);
    expect(model.nodes.claimIndependentOrigins[model.nodes.index.get('gazette') ?? -1]).toBe(0);
  });
});

describe('edgeAttribution', () => {
  it("says the central finding is the Gazette's, from 3 sources and 1 independent origin", () => {
    const attribution = edgeAttribution(model, 'engineers-accessed-us-data');
    expect(attribution).toMatchObject({
      status: { id: 'attributed', label: 'attributed' },
      restsOnStatements: true,
      accordingTo: [{ id: 'gazette', label: 'Gazette' }],
      speakers: [{ id: 'gazette', label: 'Gazette' }],
      perClaim: null,
      sourceCount: 3,
      corroboratingSources: 3,
      independentOrigins: 1,
      credibility: { annotator: 2, derived: null, grade: 2, label: 'probably true' },
    });
    expect(attribution?.origins).toEqual([
      {
        roots: [
          {
            id: 'gazette-report',
            kind: 'origin',
            title: 'The Gazette review of leaked recordings',
            publisher: 'The Gazette',
            entity: { id: 'gazette', label: 'Gazette' },
          },
        ],
        sources: [
          {
            id: 'a',
            title: 'Article A',
            publisher: null,
            reliability: null,
            reliabilityLabel: null,
          },
          {
            id: 'b',
            title: 'Article B',
            publisher: 'The Courier',
            reliability: 'B',
            reliabilityLabel: 'usually reliable',
          },
          {
            id: 'blog',
            title: 'A blog post',
            publisher: null,
            reliability: null,
            reliabilityLabel: null,
          },
        ],
      },
    ]);
    // The blog relays article A, which relays the report: its quote goes back to the report too.
    const blog = attribution?.bySource.find((s) => s.source.id === 'blog');
    expect(blog?.quotes[0]?.roots.map((r) => r.id)).toEqual(['gazette-report']);
  });

  it('shows the readings side by side, by detail', () => {
    expect(edgeAttribution(model, 'engineers-accessed-us-data')?.readings).toEqual([
      {
        detail: 'what they did',
        readings: [
          {
            source: {
              id: 'a',
              title: 'Article A',
              publisher: null,
              reliability: null,
              reliabilityLabel: null,
            },
            reads: 'accessed US data',
            quote: expect.objectContaining({ exact: 'accessed US data' }),
          },
          {
            source: {
              id: 'b',
              title: 'Article B',
              publisher: 'The Courier',
              reliability: 'B',
              reliabilityLabel: 'usually reliable',
            },
            reads: 'had access to US data',
            quote: null,
          },
        ],
      },
    ]);
  });

  it('marks a source quoted only in its headline, and attributes each quote on its own', () => {
    const attribution = edgeAttribution(model, 'headline-only-access');
    expect(attribution).toMatchObject({
      sourceCount: 2,
      corroboratingSources: 1,
      restsOnStatements: false,
    });
    expect(
      attribution?.bySource.map((s) => ({
        source: s.source.id,
        headlineOnly: s.headlineOnly,
        accordingTo: s.accordingTo.map((e) => e.id),
        headlines: s.quotes.map((q) => q.headline),
      })),
    ).toEqual([
      // Article B's publisher entity speaks for it.
      { source: 'b', headlineOnly: true, accordingTo: ['gazette'], headlines: [true] },
      { source: 'a', headlineOnly: false, accordingTo: ['spokesperson'], headlines: [false] },
    ]);
    expect(attribution?.speakers.map((e) => e.id)).toEqual(['gazette', 'spokesperson']);
  });

  it("reads a per_claim relation as the claimant's, naming the claim", () => {
    expect(edgeAttribution(model, 'spokesperson-created-team')).toMatchObject({
      status: { id: 'attributed' },
      accordingTo: [{ id: 'spokesperson', label: 'spokesperson' }],
      perClaim: {
        id: 'security-team-created',
        label: 'TikTok created a security team',
        claimant: { id: 'spokesperson', label: 'spokesperson' },
      },
    });
  });

  it("counts an opinion as the blog's own, whatever it relays", () => {
    const attribution = edgeAttribution(model, 'blog-calls-it-a-problem');
    expect(attribution?.status.id).toBe('opinion');
    expect(attribution?.origins.map((g) => g.roots.map((r) => r.id))).toEqual([['blog']]);
    expect(attribution?.bySource[0]?.accordingTo).toEqual([]);
  });

  it('says an estimated date is estimated, with the basis in words and the source title', () => {
    expect(edgeAttribution(model, 'security-team-created~stated')?.date).toEqual({
      estimated: true,
      relativeTo: {
        source: {
          id: 'a',
          title: 'Article A',
          publisher: null,
          reliability: null,
          reliabilityLabel: null,
        },
        published: null,
        estimatedDate: '2022',
        estimatedDateBasis: 'it reports the leak as news',
      },
      basis: null,
      estimateInWords:
        'Read against when “Article A” was written, which is itself estimated (2022): it reports ' +
        'the leak as news',
    });
    expect(edgeAttribution(model, 'engineers-accessed-us-data')?.date.estimated).toBe(false);
  });

  it('answers nothing for an unknown id', () => {
    expect(edgeAttribution(model, 'nope')).toBeUndefined();
    expect(claimAttribution(model, 'gazette')).toBeUndefined();
  });
});

describe('claimAttribution', () => {
  it("gives a claim's attribution and date certainty", () => {
    expect(claimAttribution(model, 'security-team-created')).toMatchObject({
      status: { id: 'attributed' },
      accordingTo: [],
      sourceCount: 1,
      independentOrigins: 1,
      date: { estimated: true },
    });
  });
});

describe('describeRoot', () => {
  it('names a source with the entity that speaks for it, and an unknown id as itself', () => {
    expect(describeRoot(model, 'b')).toEqual({
      id: 'b',
      kind: 'source',
      title: 'Article B',
      publisher: 'The Courier',
      entity: { id: 'gazette', label: 'Gazette' },
    });
    expect(describeRoot(model, 'zzz')).toMatchObject({ id: 'zzz', kind: 'source', title: 'zzz' });
  });
});

describe('countShownOrigins', () => {
  const all = () => true;
  const hiding =
    (...ids: string[]) =>
    (s: number) =>
      !ids.map(source).includes(s);

  it('counts an origin while any source carrying it is shown', () => {
    const e = edge('engineers-accessed-us-data');
    expect(countShownOrigins(model, e, all)).toBe(1);
    expect(countShownOrigins(model, e, hiding('a', 'b'))).toBe(1);
    expect(countShownOrigins(model, e, hiding('a', 'b', 'blog'))).toBe(0);
  });

  it('does not count a headline-only source', () => {
    expect(countShownOrigins(model, edge('headline-only-access'), hiding('a'))).toBe(0);
  });

  it('counts a claim the same way', () => {
    const claim = model.nodes.index.get('security-team-created') ?? -1;
    expect(countShownClaimOrigins(model, claim, all)).toBe(1);
    expect(countShownClaimOrigins(model, claim, hiding('a'))).toBe(0);
  });
});

describe('claimLinks', () => {
  it('names who claims each supporting or contradicting item, and how', () => {
    expect(claimLinks(model, 'no-access-from-china')).toEqual({
      supportedBy: [],
      contradictedBy: [
        {
          id: 'engineers-accessed-us-data',
          kind: 'relation',
          label: 'engineers in China · accessed · US data',
          claimant: null,
          status: expect.objectContaining({ id: 'attributed' }),
          speakers: [{ id: 'gazette', label: 'Gazette' }],
          independentOrigins: 1,
        },
        {
          id: 'huge-problem',
          kind: 'claim',
          label: 'This is a huge problem',
          claimant: null,
          status: expect.objectContaining({ id: 'opinion', label: 'opinion' }),
          speakers: [],
          independentOrigins: 1,
        },
      ],
    });
    expect(claimLinks(model, 'engineers-accessed-us-data')).toBeUndefined();
  });
});

describe('claim tables', () => {
  it("hold each claim's status and estimated-date mark", () => {
    const at = (id: string) => model.nodes.index.get(id) ?? -1;
    const status = (id: string) => model.statuses[model.nodes.claimStatus[at(id)] ?? 0]?.id;
    expect(status('huge-problem')).toBe('opinion');
    expect(status('no-access-from-china')).toBe('attributed');
    expect(model.nodes.claimDateEstimated[at('security-team-created')]).toBe(1);
    expect(model.nodes.claimDateEstimated[at('huge-problem')]).toBe(0);
  });
});

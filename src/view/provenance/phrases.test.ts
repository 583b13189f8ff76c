import { describe, expect, it } from 'vitest';
import type { Attribution, OriginSummary, RootRef } from '../../model/provenanceTypes';
import {
  describeCorroboration,
  describeCredibility,
  describeReliability,
  joinNames,
  markEstimated,
  nameOrigin,
  nameSpeakers,
} from './phrases';

const buzzfeed: RootRef = {
  id: 'buzzfeed-news-report',
  kind: 'origin',
  title: "BuzzFeed News's review",
  publisher: 'BuzzFeed News',
  entity: { id: 'buzzfeed-news', label: 'BuzzFeed News' },
};
const blog: RootRef = {
  id: 'blog',
  kind: 'source',
  title: 'A blog post',
  publisher: null,
  entity: null,
};
const origin = (...roots: RootRef[]): OriginSummary => ({ roots, sources: [] });

function attribution(patch: Partial<Attribution>): Attribution {
  return {
    status: { id: 'reported', label: 'reported', description: 'In its own voice.' },
    restsOnStatements: false,
    accordingTo: [],
    speakers: [],
    perClaim: null,
    bySource: [],
    sourceCount: 1,
    corroboratingSources: 1,
    origins: [origin(blog)],
    independentOrigins: 1,
    credibility: { annotator: null, derived: null, grade: null, label: null },
    date: { estimated: false, relativeTo: null, basis: null, estimateInWords: null },
    readings: [],
    ...patch,
  };
}

describe('provenance phrases', () => {
  it('says three relaying articles are one independent origin, named, headline-only ones apart', () => {
    const central = attribution({
      sourceCount: 3,
      corroboratingSources: 1,
      origins: [origin(buzzfeed)],
      independentOrigins: 1,
    });
    expect(describeCorroboration(central)).toBe(
      '3 sources · 1 independent origin (BuzzFeed News) · 2 headline only, not counted',
    );
  });

  it('names origins by their entity, else publisher, else title; counts in words', () => {
    expect(nameOrigin(origin(buzzfeed))).toBe('BuzzFeed News');
    expect(nameOrigin(origin(blog))).toBe('A blog post');
    expect(nameOrigin(origin({ ...blog, publisher: 'The Verge' }))).toBe('The Verge');
    const two = attribution({
      sourceCount: 2,
      corroboratingSources: 2,
      origins: [origin(buzzfeed), origin(blog)],
      independentOrigins: 2,
    });
    expect(describeCorroboration(two)).toBe(
      '2 sources · 2 independent origins (BuzzFeed News; A blog post)',
    );
    const none = attribution({ corroboratingSources: 0, origins: [], independentOrigins: 0 });
    expect(describeCorroboration(none)).toBe(
      '1 source · 0 independent origins · 1 headline only, not counted',
    );
  });

  it('joins speakers in words, and says nothing when the source speaks for itself', () => {
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(nameSpeakers([{ id: 't', label: 'TikTok' }])).toBe('TikTok');
    expect(nameSpeakers([])).toBeNull();
  });

  it('grades: credibility derived or given, reliability in words', () => {
    const derived = attribution({
      credibility: {
        annotator: null,
        derived: 1,
        grade: 1,
        label: 'confirmed by independent origins',
      },
    });
    expect(describeCredibility(derived)).toBe(
      '1 — confirmed by independent origins (derived from the evidence)',
    );
    const given = attribution({
      credibility: { annotator: 3, derived: null, grade: 3, label: 'possibly true' },
    });
    expect(describeCredibility(given)).toBe('3 — possibly true');
    expect(describeCredibility(attribution({}))).toBeNull();
    const source = {
      id: 's',
      title: 'S',
      publisher: null,
      reliability: null,
      reliabilityLabel: null,
    };
    expect(describeReliability(source)).toBeNull();
    expect(
      describeReliability({ ...source, reliability: 'B', reliabilityLabel: 'usually reliable' }),
    ).toBe('reliability B — usually reliable');
  });

  it('marks an estimated date', () => {
    expect(markEstimated('May 2022', true)).toBe('≈ May 2022 (estimated)');
    expect(markEstimated('May 2022', false)).toBe('May 2022');
  });
});

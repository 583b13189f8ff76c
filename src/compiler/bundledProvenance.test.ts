// The bundled corpus (data/) read as a fact-checker would (issue 15): every relation and claim says
// who asserts it and how, the central allegation is BuzzFeed News's with one independent origin,
// party statements are not facts, and where the articles differ the graph says so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { quoteAccordingTo, STATUSES } from '../schema/attribution';
import type { ClaimDetails, EdgeAttributes, Evidence, Reading } from '../schema/compiledGraph';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import type { CompiledCorpus } from './output/buildGraph';
import { readCorpusDir } from './readCorpusDir';
import { FIXTURES_DIR } from './__fixtures__/loadFixture';

const DATA_DIR = join(FIXTURES_DIR, '../../../data');
const LEAKED_MEETINGS = 'leaked-internal-tiktok-meetings-china-accessed-us-user-data';
const DATA_ACCESSED = 'tiktok-data-of-us-users-repeatedly-accessed-by-china';
const LEAKED_AUDIO = 'leaked-audio-tiktok-shows-us-data-accessed-from-china';
const BUZZFEED_REPORT = 'buzzfeed-news-report';
/** The parties whose own statements the articles quote. */
const TIKTOK_PARTIES = ['tiktok', 'tiktok-spokesperson', 'tiktok-executive'];

/** A relation or a claim: what the provenance rules apply to alike. */
interface Item {
  id: string;
  kind: 'relation' | 'claim';
  attributes: EdgeAttributes | ClaimDetails;
}

describe.runIf(existsSync(join(DATA_DIR, 'sources')))('the bundled corpus, provenance', () => {
  let graph: CompiledCorpus;
  let warnings: string[];
  let relations: Map<string, EdgeAttributes>;
  let claims: Map<string, ClaimDetails>;
  let items: Item[];

  beforeAll(async () => {
    const result = compileCorpus(await readCorpusDir(DATA_DIR));
    if (!result.graph)
      throw new Error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
    graph = result.graph;
    warnings = result.diagnostics.map((d) => formatDiagnostic(d));
    relations = new Map(
      graph.edges.filter((e) => !e.attributes.derived).map((e) => [e.key, e.attributes]),
    );
    claims = new Map(
      graph.nodes.flatMap((n) => (n.attributes.claim ? [[n.key, n.attributes.claim]] : [])),
    );
    items = [
      ...[...relations].map(([id, attributes]) => ({ id, kind: 'relation' as const, attributes })),
      ...[...claims].map(([id, attributes]) => ({ id, kind: 'claim' as const, attributes })),
    ];
  });

  const relation = (id: string): EdgeAttributes => {
    const found = relations.get(id);
    if (!found) throw new Error(`no relation ${id}`);
    return found;
  };
  const claim = (id: string): ClaimDetails => {
    const found = claims.get(id);
    if (!found) throw new Error(`no claim ${id}`);
    return found;
  };
  const source = (id: string) => {
    const found = graph.attributes.sources.find((s) => s.id === id);
    if (!found) throw new Error(`no source ${id}`);
    return found;
  };

  it('compiles without a warning: every status stated, no estimated date without its basis, none circular', () => {
    expect(warnings).toEqual([]);
  });

  it('says for every relation and claim how it is asserted and by whom, quote by quote', () => {
    const nodeTypes = new Map(graph.nodes.map((n) => [n.key, n.attributes.type]));
    const unattributed: string[] = [];
    for (const { id, kind, attributes: a } of items) {
      expect(STATUSES, id).toContain(a.status);
      if (a.status === 'inference') expect(a.note, `${id} is an inference`).toBeTruthy();
      if (kind === 'claim') expect((a as ClaimDetails).claimant, id).not.toBeNull();
      for (const quote of a.evidence) {
        const speakers = quoteAccordingTo(quote, a.accordingTo, source(quote.source));
        if (speakers.length === 0) unattributed.push(`${id}: ${quote.exact}`);
        for (const speaker of speakers) {
          expect(['person', 'organization', 'group'], speaker).toContain(nodeTypes.get(speaker));
        }
      }
    }
    expect(unattributed).toEqual([]);
  });

  it('records BuzzFeed News’s report as the one origin all three articles relay', () => {
    expect(graph.attributes.origins.map((o) => [o.id, o.entity, o.publisher])).toEqual([
      [BUZZFEED_REPORT, 'buzzfeed-news', 'BuzzFeed News'],
    ]);
    for (const s of graph.attributes.sources) expect(s.relays, s.id).toEqual([BUZZFEED_REPORT]);
    const finding = claim('claim-buzzfeed-review-finding');
    expect(finding.claimant).toBe('buzzfeed-news');
    expect(finding.corroboratingSources).toEqual([LEAKED_AUDIO, LEAKED_MEETINGS, DATA_ACCESSED]);
    expect(finding.origins).toEqual([
      { roots: [BUZZFEED_REPORT], sources: [LEAKED_AUDIO, LEAKED_MEETINGS, DATA_ACCESSED] },
    ]);
    expect(finding.credibilityDerived).toBeNull();
  });

  it('gives the central allegation as BuzzFeed News’s: 3 sources, two headline only, 1 independent origin', () => {
    const central = relation('china-based-employees-accessed-us-user-data');
    expect(central.status).toBe('attributed');
    expect(central.accordingTo).toEqual(['buzzfeed-news']);
    expect(central.perClaim).toBe('claim-buzzfeed-review-finding');
    expect(central.sources).toEqual([LEAKED_AUDIO, LEAKED_MEETINGS, DATA_ACCESSED]);
    expect(central.corroboratingSources).toEqual([LEAKED_MEETINGS]);
    const headlineOnly = central.sources.filter((s) => !central.corroboratingSources.includes(s));
    for (const s of headlineOnly) {
      expect(central.evidence.filter((q) => q.source === s).every((q) => q.headline)).toBe(true);
    }
    expect(central.origins).toEqual([{ roots: [BUZZFEED_REPORT], sources: [LEAKED_MEETINGS] }]);
    expect(central.credibilityDerived).toBeNull();
  });

  it('makes each headline its outlet’s own claim, which corroborates nothing', () => {
    for (const s of graph.attributes.sources) {
      const headlineClaims = [...claims].filter(
        ([, c]) =>
          c.claimant === s.authorEntity &&
          c.evidence.some((q) => q.source === s.id && q.headline === true),
      );
      expect(headlineClaims.length, s.id).toBeGreaterThan(0);
      for (const [id, c] of headlineClaims) {
        expect(c.status, id).toBe('reported');
        expect(c.supportedBy, id).toContain('claim-buzzfeed-review-finding');
      }
    }
    const headlineOnly = claim('claim-headline-tiktok-data-accessed-by-china');
    expect(headlineOnly.corroboratingSources).toEqual([]);
    expect(headlineOnly.origins).toEqual([]);
  });

  it('keeps opinions in their author’s voice, as the source’s own contribution', () => {
    const opinions = items.filter((i) => i.attributes.status === 'opinion');
    expect(opinions.length).toBeGreaterThan(5);
    for (const { id, attributes: a } of opinions) {
      const sources = [...new Set(a.evidence.map((q) => q.source))];
      expect((a as ClaimDetails).claimant, id).toBe(source(sources[0] ?? '').authorEntity);
      expect(
        a.origins.flatMap((g) => g.roots),
        id,
      ).toEqual(sources);
    }
  });

  it('states no TikTok statement as fact: a relation quoting only one is attributed to it', () => {
    const statements = [...claims].filter(([, c]) => TIKTOK_PARTIES.includes(c.claimant ?? ''));
    const within = (quote: Evidence) =>
      statements.some(([, c]) =>
        c.evidence.some(
          (s) => s.source === quote.source && s.start <= quote.start && quote.end <= s.end,
        ),
      );
    const quotingStatements = [...relations].filter(([, r]) => r.evidence.every(within));
    expect(quotingStatements.map(([id]) => id)).toEqual(
      expect.arrayContaining([
        'us-user-traffic-routed-through-oracle-cloud',
        'us-user-traffic-not-hosted-in-data-centers',
        'tiktok-created-usds',
        'usds-aims-to-protect-us-user-data',
        'tiktok-hired-security-specialists',
        'tiktok-owns-data-centers',
      ]),
    );
    for (const [id, r] of quotingStatements) {
      expect(r.status, id).toBe('attributed');
      expect(TIKTOK_PARTIES, id).toEqual(expect.arrayContaining(r.accordingTo));
      expect(r.accordingTo.length, id).toBeGreaterThan(0);
    }
  });

  it('attributes the reading of the Chinese laws to the article that gives it', () => {
    const lawRelations = [...relations].filter(
      ([, r]) => r.predicate === 'requires' || r.predicate === 'obliges_assistance_to',
    );
    expect(lawRelations.length).toBe(4);
    for (const [id, r] of lawRelations) {
      expect(r.accordingTo, id).toEqual([source(DATA_ACCESSED).authorEntity]);
      expect(r.origins, id).toEqual([{ roots: [DATA_ACCESSED], sources: [DATA_ACCESSED] }]);
    }
  });

  it('draws support only from sentences that say so, and keeps the negation it quotes', () => {
    const text = source(LEAKED_MEETINGS).text;
    const start = text.indexOf('TikTok also stated');
    const sentence = { start, end: text.indexOf('Singapore.', start) + 'Singapore.'.length };
    expect(start).toBeGreaterThan(0);
    const inSentence = (a: EdgeAttributes | ClaimDetails) =>
      a.evidence.some(
        (q) => q.source === LEAKED_MEETINGS && q.start < sentence.end && sentence.start < q.end,
      );
    const supporters = new Set([...claims.values()].flatMap((c) => c.supportedBy));
    for (const { id, attributes } of items) {
      if (supporters.has(id)) expect(inSentence(attributes), id).toBe(false);
    }
    const quotingNegation = [...relations].filter(([, r]) =>
      r.evidence.some((q) => q.exact.includes('instead of being hosted in')),
    );
    expect(quotingNegation.map(([id, r]) => [id, r.label])).toEqual([
      ['us-user-traffic-not-hosted-in-data-centers', 'is not hosted in'],
    ]);
    expect(claim('claim-us-user-data-stored-in-us').supportedBy).toEqual([]);
    expect(claim('claim-trump-data-collection-threat').supportedBy).toEqual([]);
    expect(claim('claim-no-data-subject-to-chinese-law').contradictedBy).not.toContain(
      'claim-chinese-laws-indicate-ccp-access',
    );
  });

  it('records the tensions the texts contain', () => {
    expect(claim('claim-us-user-data-stored-in-us').contradictedBy).toContain(
      'claim-us-traffic-routed-through-oracle',
    );
    expect(claim('claim-tiktok-china-has-no-access').contradictedBy).toContain(
      'claim-buzzfeed-review-finding',
    );
    const response = graph.edges.find(
      (e) => e.source === 'tiktok-spokesperson' && e.attributes.predicate === 'responded_to',
    );
    expect(response?.target).toBe('claim-buzzfeed-review-finding');
    expect(response?.attributes.status).toBe('inference');
  });

  it('shows where the articles differ: TikTok or ByteDance employees, accessed or had access, banned or threatened to ban', () => {
    const sides = (readings: Reading[], detail: string, side: RegExp) =>
      readings
        .filter((r) => r.detail === detail && side.test(`${r.reads} ${r.quote?.exact ?? ''}`))
        .map((r) => r.source);
    const differ = (readings: Reading[], one: RegExp, other: RegExp) =>
      [...new Set(readings.map((r) => r.detail))].some((detail) => {
        const a = sides(readings, detail, one);
        const b = sides(readings, detail, other);
        return a.length > 0 && b.some((s) => !a.includes(s));
      });
    const central = relation('china-based-employees-accessed-us-user-data').readings;
    expect(differ(central, /TikTok employees/, /ByteDance/)).toBe(true);
    expect(differ(central, /repeatedly accessed/, /had access/)).toBe(true);
    const ban = relation('trump-threatened-to-ban-tiktok').readings;
    expect(differ(ban, /banning/, /threatened to ban/)).toBe(true);
    for (const r of [...central, ...ban]) expect(r.quote, r.reads).not.toBeNull();
  });

  it('marks every date read against an estimated writing date as estimated, with its source', () => {
    const estimatedSources = new Set(
      graph.attributes.sources.filter((s) => !s.published && s.estimatedDate).map((s) => s.id),
    );
    expect(estimatedSources.size).toBe(3);
    for (const { id, attributes: a } of items) {
      if (a.date === null) continue;
      if (/estimat/i.test(a.dateBasis ?? '')) expect(a.dateRelativeTo, id).not.toBeNull();
      const relative = a.dateRelativeTo !== null && estimatedSources.has(a.dateRelativeTo);
      expect(a.dateEstimated, id).toBe(relative);
    }
    expect(relation('biden-revoked-executive-order')).toMatchObject({
      date: '2021',
      dateEstimated: true,
      dateRelativeTo: LEAKED_MEETINGS,
    });
    expect(relation('tiktok-created-usds')).toMatchObject({
      date: '2022-05',
      dateEstimated: true,
    });
    expect(relation('trump-signed-executive-order').dateEstimated).toBe(false);
  });
});

// What the provenance queries answer (provenance.ts): who a relation or claim is according to, in
// what voice, from which sources and independent origins, how credible and how sure its date is.
// Everything a panel shows is here in words and labels, never raw ids alone.
import type { ReliabilityGrade, StatusDefinition } from '../schema/attribution';
import type { Evidence, Reading } from '../schema/compiledGraph';

export interface EntityRef {
  id: string;
  /** The entity's label, or its id when the graph has no such entity. */
  label: string;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  reliability: ReliabilityGrade | null;
  /** The grade in words, e.g. "usually reliable". */
  reliabilityLabel: string | null;
}

/** A root of a relay chain: a source of the corpus or an external origin. */
export interface RootRef {
  id: string;
  kind: 'source' | 'origin';
  title: string;
  publisher: string | null;
  /** The entity that speaks for it: an origin's `entity`, a source's author or publisher entity. */
  entity: EntityRef | null;
}

export interface QuoteAttribution {
  evidence: Evidence;
  /** Who this quote is according to; empty when its source speaks for itself. */
  accordingTo: EntityRef[];
  /** The quote lies within its source's headline. */
  headline: boolean;
  /** The roots it goes back to; its own source when it relays nothing or speaks in its own voice. */
  roots: RootRef[];
}

export interface SourceAttribution {
  source: SourceRef;
  /** Who its quotes are according to, in quote order; empty when the source speaks for itself. */
  accordingTo: EntityRef[];
  /** Quoted only in its headline for this item: listed, but not counted as corroboration. */
  headlineOnly: boolean;
  quotes: QuoteAttribution[];
}

export interface OriginSummary {
  /** What this independent origin goes back to (usually one report). */
  roots: RootRef[];
  /** The corroborating sources that carry it. */
  sources: SourceRef[];
}

export interface CredibilityInfo {
  /** The annotator's grade, 1–6. */
  annotator: number | null;
  /** 1 when at least two independent origins support it. */
  derived: 1 | null;
  /** The grade to show: the annotator's, else the derived one. */
  grade: number | null;
  /** The grade in words, e.g. "confirmed by independent origins". */
  label: string | null;
}

export interface DateCertainty {
  /** The date rests on an estimated writing date. */
  estimated: boolean;
  /** The source the date was read against, with what its writing date rests on. */
  relativeTo: {
    source: SourceRef;
    published: string | null;
    estimatedDate: string | null;
    estimatedDateBasis: string | null;
  } | null;
  /** The annotation's own basis, as written. */
  basis: string | null;
  /** Why the date is estimated, in words with source titles (null when it is not). */
  estimateInWords: string | null;
}

export interface ReadingGroup {
  detail: string;
  readings: { source: SourceRef; reads: string; quote: Reading['quote'] }[];
}

export interface Attribution {
  status: StatusDefinition;
  /** It rests on what someone says (attributed, opinion) rather than on reported fact. */
  restsOnStatements: boolean;
  /** Who the whole item is according to (its `according_to`, or a per_claim relation's claimant). */
  accordingTo: EntityRef[];
  /** Every entity any of its quotes is according to, in order of first quote. */
  speakers: EntityRef[];
  /** The claim a relation states, with its claimant. */
  perClaim: { id: string; label: string; claimant: EntityRef | null } | null;
  /** One entry per source of its evidence, in the order they are first quoted. */
  bySource: SourceAttribution[];
  /** How many sources it quotes, headline-only ones included. */
  sourceCount: number;
  /** How many of them corroborate it (headline-only ones do not). */
  corroboratingSources: number;
  origins: OriginSummary[];
  /** How many independent origins support it: "3 sources · 1 independent origin". */
  independentOrigins: number;
  credibility: CredibilityInfo;
  date: DateCertainty;
  /** Where its sources differ, by detail. */
  readings: ReadingGroup[];
}

/** A relation or claim listed in a claim's "Supported by" or "Contradicted by". */
export interface LinkedItem {
  id: string;
  kind: 'relation' | 'claim';
  /** A claim's label, or a relation read as "subject · predicate · object". */
  label: string;
  /** Who made it, for a claim. */
  claimant: EntityRef | null;
  status: StatusDefinition;
  /** Who its quotes are according to (empty: its sources speak for themselves). */
  speakers: EntityRef[];
  independentOrigins: number;
}

export interface ClaimLinks {
  supportedBy: LinkedItem[];
  contradictedBy: LinkedItem[];
}

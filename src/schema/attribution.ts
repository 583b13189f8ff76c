// Who asserts a relation or claim, and how: the vocabularies of provenance shared by the compiler
// (validation) and the app (labels). Reliability and credibility follow the Admiralty (NATO)
// grading; credibility 1 here means "confirmed by independent origins", which the compiler derives.

/** How a source asserts what a relation or claim says. */
export const STATUSES = ['reported', 'attributed', 'opinion', 'document', 'inference'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusDefinition {
  id: Status;
  /** Reads after "according to X": "reported", "attributed", … */
  label: string;
  description: string;
}

export const STATUS_DEFINITIONS: readonly StatusDefinition[] = [
  {
    id: 'reported',
    label: 'reported',
    description: 'The source says it in its own voice, as fact.',
  },
  {
    id: 'attributed',
    label: 'attributed',
    description: 'The source reports what a named party says ("TikTok stated…").',
  },
  {
    id: 'opinion',
    label: 'opinion',
    description: "A judgement or view, the source's or a party's, not a report of fact.",
  },
  {
    id: 'document',
    label: 'document',
    description: 'A primary document (a law, an order, a filing) states it.',
  },
  {
    id: 'inference',
    label: 'inference',
    description: "The annotator's reading, not stated in the text; its note says why.",
  },
];

/** A relation's status when none is given; a claim's is `attributed` (someone claims it). */
export const DEFAULT_RELATION_STATUS: Status = 'reported';
export const DEFAULT_CLAIM_STATUS: Status = 'attributed';

/** Statuses that rest on what someone says rather than on reported fact (drawn dashed). */
export const STATEMENT_STATUSES: readonly Status[] = ['attributed', 'opinion'];

/** Admiralty source reliability, A (completely reliable) to F (cannot be judged). */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY_LABELS: Readonly<Record<ReliabilityGrade, string>> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof CREDIBILITY_GRADES)[number];

export const CREDIBILITY_LABELS: Readonly<Record<CredibilityGrade, string>> = {
  1: 'confirmed by independent origins',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** The grade the compiler derives: 1 when at least this many independent origins support it. */
export const CONFIRMING_ORIGINS = 2;

/** A quote's `origin` saying the quote is its source's own contribution, not what it relays. */
export const SELF_ORIGIN = 'self';

/**
 * Who one quote is according to: its own `accordingTo`, else the relation's or claim's, else its
 * source's author entity, then publisher entity. Empty means the source itself speaks.
 */
export function quoteAccordingTo(
  quote: { accordingTo?: readonly string[] | undefined },
  itemAccordingTo: readonly string[],
  source: { authorEntity: string | null; publisherEntity: string | null } | undefined,
): string[] {
  if (quote.accordingTo && quote.accordingTo.length > 0) return [...quote.accordingTo];
  if (itemAccordingTo.length > 0) return [...itemAccordingTo];
  const speaker = source?.authorEntity ?? source?.publisherEntity ?? null;
  return speaker === null ? [] : [speaker];
}

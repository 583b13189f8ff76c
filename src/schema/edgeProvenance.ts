// The provenance columns of an edge, and back: who it is according to, its status, its origins,
// grades, estimated date and readings, plus the per-quote headline, attribution and origin marks.
// Rare values are sparse ([position, value] by position), and what can be derived is not stored:
// corroborating sources (from the headline marks), the derived credibility (from the origins), and
// the origins themselves when each corroborating source is its own.
import { CONFIRMING_ORIGINS, type Status } from './attribution';
import type { EdgeAttributes, EdgeColumns, Evidence, Reading } from './compiledGraph';
import type { OriginGroup } from './origins';

/** Provenance an edge carries beyond its evidence (what edgeAttributesAt adds to the v3 fields). */
export type EdgeProvenance = Pick<
  EdgeAttributes,
  | 'status'
  | 'accordingTo'
  | 'perClaim'
  | 'credibility'
  | 'credibilityDerived'
  | 'dateEstimated'
  | 'dateRelativeTo'
  | 'origins'
  | 'corroboratingSources'
  | 'readings'
>;

/** The sources of some evidence that corroborate it: all but those quoted only in their headline. */
export function corroboratingSourcesOf(evidence: readonly Evidence[]): string[] {
  const body = new Set<string>();
  const all = new Set<string>();
  for (const quote of evidence) {
    all.add(quote.source);
    if (!quote.headline) body.add(quote.source);
  }
  return [...all].filter((source) => body.has(source)).sort(compare);
}

/** The origins of an edge whose corroborating sources each stand for themselves. */
export function ownOrigins(corroborating: readonly string[]): OriginGroup[] {
  return corroborating.map((source) => ({ roots: [source], sources: [source] }));
}

/** Credibility 1, "confirmed by independent origins", when enough of them support it. */
export function derivedCredibility(origins: readonly OriginGroup[]): 1 | null {
  return origins.length >= CONFIRMING_ORIGINS ? 1 : null;
}

/**
 * The provenance of a relation or claim that says nothing about it beyond its evidence: no
 * attribution of its own, each corroborating source its own origin, its date firm.
 */
export function plainProvenance(
  evidence: readonly Evidence[],
  status: Status,
): Omit<EdgeProvenance, 'perClaim'> {
  const corroboratingSources = corroboratingSourcesOf(evidence);
  const origins = ownOrigins(corroboratingSources);
  return {
    status,
    accordingTo: [],
    credibility: null,
    credibilityDerived: derivedCredibility(origins),
    dateEstimated: false,
    dateRelativeTo: null,
    origins,
    corroboratingSources,
    readings: [],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether the origins are each corroborating source on its own (what the columns leave out). */
function isOwnOrigins(origins: readonly OriginGroup[], corroborating: readonly string[]): boolean {
  return (
    origins.length === corroborating.length &&
    origins.every((g, i) => {
      const source = corroborating[i];
      return (
        g.roots.length === 1 &&
        g.sources.length === 1 &&
        g.roots[0] === source &&
        g.sources[0] === source
      );
    })
  );
}

/** Positions the provenance columns refer to. Each throws on an id the graph does not list. */
export interface ProvenancePositions {
  node: (id: string) => number;
  source: (id: string) => number;
  /** Sources first, then external origins. */
  root: (id: string) => number;
  status: (id: Status) => number;
}

export function emptyProvenanceColumns(): Pick<
  EdgeColumns,
  | 'status'
  | 'accordingTo'
  | 'perClaim'
  | 'credibility'
  | 'dateEstimated'
  | 'dateRelativeTo'
  | 'origins'
  | 'readings'
> {
  return {
    status: [],
    accordingTo: [],
    perClaim: [],
    credibility: [],
    dateEstimated: [],
    dateRelativeTo: [],
    origins: [],
    readings: [],
  };
}

/** Appends edge e's provenance to the columns; throws where a stored value would be re-derived differently. */
export function compactProvenance(
  columns: EdgeColumns,
  e: number,
  key: string,
  a: EdgeAttributes,
  at: ProvenancePositions,
): void {
  const corroborating = corroboratingSourcesOf(a.evidence);
  if (a.corroboratingSources.join('\n') !== corroborating.join('\n')) {
    throw new Error(`The edge "${key}" lists corroborating sources other than its evidence's`);
  }
  if (a.credibilityDerived !== derivedCredibility(a.origins)) {
    throw new Error(`The edge "${key}" has a derived credibility its origins do not give`);
  }
  columns.status.push(at.status(a.status));
  if (a.accordingTo.length > 0) columns.accordingTo.push([e, a.accordingTo.map(at.node)]);
  if (a.perClaim !== null) columns.perClaim.push([e, at.node(a.perClaim)]);
  if (a.credibility !== null) columns.credibility.push([e, a.credibility]);
  if (a.dateEstimated) columns.dateEstimated.push(e);
  if (a.dateRelativeTo !== null) columns.dateRelativeTo.push([e, at.source(a.dateRelativeTo)]);
  if (!isOwnOrigins(a.origins, corroborating)) {
    columns.origins.push([
      e,
      a.origins.map((g): [number[], number[]] => [g.roots.map(at.root), g.sources.map(at.source)]),
    ]);
  }
  if (a.readings.length > 0) {
    columns.readings.push([e, a.readings.map((r) => ({ ...r, source: at.source(r.source) }))]);
  }
}

/** Appends one quote's marks (its row is `row`). */
export function compactQuoteMarks(
  columns: EdgeColumns,
  row: number,
  quote: Evidence,
  at: ProvenancePositions,
): void {
  const rows = columns.evidence;
  if (quote.headline) rows.headline.push(row);
  if (quote.accordingTo) rows.accordingTo.push([row, quote.accordingTo.map(at.node)]);
  if (quote.origin !== undefined) rows.origin.push([row, at.root(quote.origin)]);
}

/** The value for `position` in a sparse column sorted by position, by bisection. */
export function sparseValueAt<T>(
  column: readonly (readonly [number, T])[],
  position: number,
): T | undefined {
  let low = 0;
  let high = column.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = column[middle];
    if (!entry) return undefined;
    if (entry[0] === position) return entry[1];
    if (entry[0] < position) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Whether a sorted list of positions holds `position`, by bisection. */
export function sortedIncludes(list: readonly number[], position: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = list[middle] ?? -1;
    if (value === position) return true;
    if (value < position) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Names for the positions the columns hold. */
export interface ProvenanceIds {
  node: (position: number) => string;
  source: (position: number) => string;
  root: (position: number) => string;
  status: (position: number) => Status;
}

/** One quote's marks, as Evidence fields. */
export function quoteMarksAt(
  columns: EdgeColumns,
  row: number,
  ids: ProvenanceIds,
): Pick<Evidence, 'headline' | 'accordingTo' | 'origin'> {
  const rows = columns.evidence;
  const accordingTo = sparseValueAt(rows.accordingTo, row);
  const origin = sparseValueAt(rows.origin, row);
  return {
    ...(sortedIncludes(rows.headline, row) ? { headline: true as const } : {}),
    ...(accordingTo ? { accordingTo: accordingTo.map(ids.node) } : {}),
    ...(origin === undefined ? {} : { origin: ids.root(origin) }),
  };
}

/** Edge e's provenance, given its evidence (with the quote marks already read). */
export function provenanceAt(
  columns: EdgeColumns,
  e: number,
  evidence: readonly Evidence[],
  ids: ProvenanceIds,
): EdgeProvenance {
  const corroborating = corroboratingSourcesOf(evidence);
  const stored = sparseValueAt(columns.origins, e);
  const origins = stored
    ? stored.map(([roots, sources]) => ({
        roots: roots.map(ids.root),
        sources: sources.map(ids.source),
      }))
    : ownOrigins(corroborating);
  const relativeTo = sparseValueAt(columns.dateRelativeTo, e);
  const perClaim = sparseValueAt(columns.perClaim, e);
  const readings: Reading[] = (sparseValueAt(columns.readings, e) ?? []).map((r) => ({
    ...r,
    source: ids.source(r.source),
  }));
  return {
    status: ids.status(columns.status[e] ?? 0),
    accordingTo: (sparseValueAt(columns.accordingTo, e) ?? []).map(ids.node),
    perClaim: perClaim === undefined ? null : ids.node(perClaim),
    credibility: sparseValueAt(columns.credibility, e) ?? null,
    credibilityDerived: derivedCredibility(origins),
    dateEstimated: sortedIncludes(columns.dateEstimated, e),
    dateRelativeTo: relativeTo === undefined ? null : ids.source(relativeTo),
    origins,
    corroboratingSources: corroborating,
    readings,
  };
}

// Provenance in words, for every place that shows a relation or a claim: who it is according to,
// how well it is corroborated (by independent origins, not by the number of articles), how
// credible, and how sure its date is. Pure: the panels, the path chain and the timeline share them.
import type { Attribution, EntityRef, OriginSummary, SourceRef } from '../../model/provenanceTypes';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** What an independent origin is called: whoever speaks for its root, else its publisher or title. */
export function nameOrigin(origin: OriginSummary): string {
  const names = origin.roots.map((root) => root.entity?.label ?? root.publisher ?? root.title);
  return joinNames([...new Set(names)]);
}

/**
 * "3 sources · 1 independent origin (BuzzFeed News) · 2 headline only": sources quoted, the
 * independent origins they go back to, named, and how many sources count only by a headline.
 */
export function describeCorroboration(attribution: Attribution): string {
  const { sources, origins, originNames, headlineOnly } = corroborationParts(attribution);
  const named = originNames.length > 0 ? ` (${originNames.join('; ')})` : '';
  return [sources, origins + named, ...(headlineOnly ? [headlineOnly] : [])].join(' · ');
}

/** The pieces of describeCorroboration, for a view that isolates the names from the corpus. */
export function corroborationParts(attribution: Attribution): {
  sources: string;
  origins: string;
  originNames: string[];
  headlineOnly: string | null;
} {
  const { sourceCount, independentOrigins, origins, corroboratingSources } = attribution;
  const headlineOnly = sourceCount - corroboratingSources;
  return {
    sources: plural(sourceCount, 'source', 'sources'),
    origins: plural(independentOrigins, 'independent origin', 'independent origins'),
    originNames: origins.map(nameOrigin).filter((name) => name !== ''),
    headlineOnly: headlineOnly > 0 ? `${headlineOnly} headline only, not counted` : null,
  };
}

/** "1 independent origin", "2 independent origins". */
export function describeOriginCount(count: number): string {
  return plural(count, 'independent origin', 'independent origins');
}

/** Who speaks: "BuzzFeed News", "TikTok and its spokesperson"; null when the source itself does. */
export function nameSpeakers(speakers: readonly EntityRef[]): string | null {
  return speakers.length === 0 ? null : joinNames(speakers.map((s) => s.label));
}

/** Who a relation speaks for: the claimant of the claim it comes from, else who asserts it. */
export function speakersOf(attribution: Attribution): readonly EntityRef[] {
  const claimant = attribution.perClaim?.claimant;
  return claimant ? [claimant] : attribution.speakers;
}

/** "attributed: The source reports what a named party says (…)." */
export function describeStatus(attribution: Attribution): string {
  return `${attribution.status.label}: ${attribution.status.description}`;
}

/** "1 — confirmed by independent origins", with "(derived from the evidence)" when not given. */
export function describeCredibility(attribution: Attribution): string | null {
  const { grade, label, annotator, derived } = attribution.credibility;
  if (grade === null) return null;
  const text = `${grade} — ${label ?? 'ungraded'}`;
  return annotator === null && derived !== null ? `${text} (derived from the evidence)` : text;
}

/** "reliability B — usually reliable", or null when the source is not graded. */
export function describeReliability(source: SourceRef): string | null {
  return source.reliability === null
    ? null
    : `reliability ${source.reliability} — ${source.reliabilityLabel ?? ''}`.trim();
}

/** A date as shown: "≈ May 2022" when it rests on an estimate, else as formatted. */
export function markEstimated(formatted: string, estimated: boolean): string {
  return estimated ? `≈ ${formatted} (estimated)` : formatted;
}

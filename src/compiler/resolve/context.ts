// What the resolve steps share: the reporter, the loaded corpus, the id table, and helpers for the
// checks every step makes (references, dates, source texts; quotes are in anchorQuotes.ts).
import type { PredicateDefinition } from '../../schema/vocabulary';
import { normalizeText, type NormalizedText } from '../anchor/normalizeText';
import { parseEdtf, type DateRange } from '../dates/parseEdtf';
import type { Reporter } from '../diagnostics';
import type { LoadedCorpus, LoadedSource } from '../loadCorpus';
import { didYouMean } from '../suggest';
import type { Location, PathSegment } from '../types';
import type { RelayTable } from '../provenance/relayTable';
import type { IdTable, IdKind } from './registerIds';

/** What the provenance checks need to know of each valid source. */
export interface SourceFacts {
  title: string;
  /** [start, end) of its headline, or null. */
  headline: [number, number] | null;
  /** Passages its estimated date rests on. */
  estimateEvidence: { exact: string; start: number; end: number }[];
  /** Whether it has a publication date, or only an estimated one, or neither. */
  dated: 'published' | 'estimated' | 'undated';
}

export interface ResolveContext {
  reporter: Reporter;
  corpus: LoadedCorpus;
  ids: IdTable;
  predicates: Map<string, PredicateDefinition>;
  /** Ids used as subject, object, claimant or about: the rest get an "unused" warning. */
  used: Set<string>;
  normalizedTexts: Map<string, NormalizedText>;
  /** Filled by resolveSources. */
  sourceFacts: Map<string, SourceFacts>;
  /** Source and origin ids, and what each relays: filled by resolveRelays. */
  relays?: RelayTable;
  /** Hears of every list of quotes anchored (found or not), with its length: for progress. */
  onQuotesAnchored?: (count: number) => void;
}

export function at(file: string, path: readonly PathSegment[], ...more: PathSegment[]): Location {
  return { file, path: [...path, ...more] };
}

const KIND_NAMES: Record<IdKind, string> = {
  entity: 'entity',
  claim: 'claim',
  relation: 'relation',
};

/** Checks that `id` names something of an allowed kind, explaining what is wrong when it does not. */
export function checkReference(
  ctx: ResolveContext,
  id: string,
  where: Location,
  allowed: readonly IdKind[],
  field: string,
): boolean {
  const kind = ctx.ids.kindOf(id);
  if (kind !== undefined && allowed.includes(kind)) return true;
  const wanted = allowed.map((k) => KIND_NAMES[k]).join(' or ');
  const current = ctx.ids.formerIds.get(id);
  if (current !== undefined) {
    ctx.reporter.error(where, `"${id}" is a former id of "${current}": write ${field}: ${current}`);
  } else if (kind !== undefined) {
    ctx.reporter.error(
      where,
      `${field} "${id}" is ${withArticle(KIND_NAMES[kind])}, but ${field} must be ${withArticle(wanted)}`,
    );
  } else if (ctx.ids.broken.has(id) || !ctx.corpus.annotationsComplete) {
    // Already reported where it is defined, or its file could not be read: say nothing more.
  } else {
    const candidates = allowed.flatMap((k) => ctx.ids.idsOf(k));
    ctx.reporter.error(
      where,
      `unknown ${wanted} "${id}" in ${field}${didYouMean(id, candidates)}; ` +
        `define it in an annotation file or fix the id`,
    );
  }
  return false;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** An optional EDTF field. A number YAML read is taken as written (`2021` → "2021"). */
export function readDate(
  ctx: ResolveContext,
  value: string | number | null | undefined,
  where: Location,
): DateRange | undefined {
  if (value === null || value === undefined) return undefined;
  // YAML reads `date: 2021` as a number; the characters written are what the annotator meant.
  const written =
    typeof value === 'number'
      ? (ctx.corpus.parsed.get(where.file)?.sourceAt(where.path) ?? String(value))
      : value;
  const parsed = parseEdtf(written);
  if (!parsed.ok) {
    ctx.reporter.error(where, parsed.message);
    return undefined;
  }
  return parsed.range;
}

export function normalizedTextOf(ctx: ResolveContext, source: LoadedSource): NormalizedText {
  let n = ctx.normalizedTexts.get(source.id);
  if (!n) {
    n = normalizeText(source.text);
    ctx.normalizedTexts.set(source.id, n);
  }
  return n;
}

// An edge's sources: the same rule the file's columns derive them by.
export { sourcesOf } from '../../schema/edgeColumns';

/** Empty text means absent. */
export function textOrNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

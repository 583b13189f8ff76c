// Where each entity is mentioned in a source: whole-word, case-sensitive occurrences of its label
// and aliases (after the matching normalisation), plus the quotes annotators listed by hand.
import type { Mention } from '../../schema/compiledGraph';
import { normalizeQuote, toOriginalSpan, type NormalizedText } from '../anchor/normalizeText';

export interface EntityName {
  entityId: string;
  name: string;
}

/** Names that share a first word, by their whole text, and the lengths those texts have. */
export interface NamesFromWord {
  byName: Map<string, string[]>;
  /** Distinct lengths of the names, so a position costs one lookup per length, not per name. */
  lengths: number[];
}

export interface NameIndex {
  /** Names keyed by their first word, so a text is scanned once whatever the number of names. */
  byFirstWord: Map<string, NamesFromWord>;
  /** Names that start with punctuation, searched one by one. */
  others: EntityName[];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Letters, digits and underscore among ASCII: most characters of most texts, looked up here. */
const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Code units of the word character at `at` (a letter, digit or _), or 0 when it is not one. */
function wordCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_WORD[code] ?? 0;
  const units = (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(at, at + units)) ? units : 0;
}

/**
 * Each maximal run of word characters, with where it starts: what `/[\p{L}\p{N}_]+/gu` matches,
 * found without a match object per word (a source text has hundreds of thousands).
 */
export function forEachWordRun(text: string, visit: (start: number, word: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let units = wordCharAt(text, i);
    if (units === 0) {
      i += 1;
      continue;
    }
    const start = i;
    while (units > 0) {
      i += units;
      units = i < n ? wordCharAt(text, i) : 0;
    }
    visit(start, text.slice(start, i));
  }
}

export function indexNames(names: readonly EntityName[]): NameIndex {
  const byFirstWord = new Map<string, NamesFromWord>();
  const others: EntityName[] = [];
  for (const { entityId, name } of names) {
    const normalized = normalizeQuote(name);
    if (normalized === '') continue;
    const first = /^[\p{L}\p{N}_]+/u.exec(normalized)?.[0];
    if (first === undefined) {
      others.push({ entityId, name: normalized });
      continue;
    }
    let group = byFirstWord.get(first);
    if (!group) {
      group = { byName: new Map(), lengths: [] };
      byFirstWord.set(first, group);
    }
    const ids = group.byName.get(normalized);
    if (ids) ids.push(entityId);
    else group.byName.set(normalized, [entityId]);
    if (!group.lengths.includes(normalized.length)) group.lengths.push(normalized.length);
  }
  return { byFirstWord, others };
}

interface Candidate {
  start: number;
  end: number;
  entityId: string;
  /** Hand-listed mentions win ties against automatic ones. */
  explicit: boolean;
}

/** Mentions sorted by start; where two overlap the longer one is kept. */
export function findMentions(
  normalized: NormalizedText,
  index: NameIndex,
  explicit: readonly Mention[],
): Mention[] {
  const text = normalized.text;
  const candidates: Candidate[] = explicit.map(([start, end, entityId]) => ({
    start,
    end,
    entityId,
    explicit: true,
  }));
  const add = (at: number, name: string, entityId: string): void => {
    const after = at + name.length;
    if (WORD_CHAR.test(name.at(-1) ?? '') && WORD_CHAR.test(text[after] ?? '')) return;
    const [start, end] = toOriginalSpan(normalized, at, after);
    candidates.push({ start, end, entityId, explicit: false });
  };
  forEachWordRun(text, (start, word) => {
    const group = index.byFirstWord.get(word);
    if (!group) return;
    for (const length of group.lengths) {
      const name = text.slice(start, start + length);
      const ids = group.byName.get(name);
      if (ids) for (const entityId of ids) add(start, name, entityId);
    }
  });
  for (const entry of index.others) {
    for (let at = text.indexOf(entry.name); at !== -1; at = text.indexOf(entry.name, at + 1)) {
      if (WORD_CHAR.test(entry.name[0] ?? '') && WORD_CHAR.test(text[at - 1] ?? '')) continue;
      add(at, entry.name, entry.entityId);
    }
  }
  return pickNonOverlapping(candidates, normalized.ends.at(-1) ?? 0);
}

function pickNonOverlapping(candidates: Candidate[], textLength: number): Mention[] {
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.explicit) - Number(a.explicit) ||
      a.start - b.start ||
      (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0),
  );
  const taken = new Uint8Array(textLength);
  const kept: Mention[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i += 1) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push([c.start, c.end, c.entityId]);
  }
  return kept.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

// Shapes shared by the key table, the codec and the history sync.
import type { ViewState } from '../viewState/viewState';

/** What the loaded graph knows, so a link can be checked against it. Every field is optional. */
export interface DecodeContext {
  /**
   * Resolves an entity, claim or relation id, current or former, to its current id; null when
   * the graph has no such id. Used for `sel`, `focus`, `exp`, `hide`, `pin`, `pa`, `pb`.
   */
  knownIds?: (id: string) => string | null;
  /** Every source id. When given, `src` listing all of them means "all" (absent). */
  knownSources?: readonly string[];
  knownTypes?: readonly string[];
  knownPredicates?: readonly string[];
}

export const DROP_REASONS = [
  'malformed',
  'too-long',
  'unknown-id',
  'too-many',
  'duplicate-key',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** A value the decoder could not use; the rest of the link is restored without it. */
export interface DroppedItem {
  key: string;
  /** The value as written (decoded when possible, shortened when long). */
  value: string;
  reason: DropReason;
}

export interface Rename {
  from: string;
  to: string;
}

/** Things worth telling about a link that are not a bad value. */
export type DecodeNotice =
  | { type: 'newer-version'; version: number; message: string }
  | { type: 'ignored-keys'; keys: string[]; message: string }
  | { type: 'truncated'; length: number; message: string }
  | { type: 'renamed'; renames: Rename[]; message: string }
  | { type: 'unreadable'; message: string };

/** App switches carried in the URL that are not part of the view (not in ViewState). */
export interface AppFlags {
  /** Chrome-less rendering for an iframe. */
  embed: boolean;
}

export const DEFAULT_FLAGS: Readonly<AppFlags> = Object.freeze({ embed: false });

export interface DecodeResult {
  state: ViewState;
  flags: AppFlags;
  /** Format version the link claims (1 when it says nothing). */
  version: number;
  /** The first MAX_REPORTED_PROBLEMS dropped values. */
  dropped: DroppedItem[];
  /** How many values were dropped in all, reported or not. */
  droppedTotal: number;
  notices: DecodeNotice[];
}

// Where each field of a parsed file was written, as a small tree of offsets shaped like the value
// ("shadow"), so the parser's much larger syntax tree can be dropped right away.
import type { Locator, Position } from '../diagnostics';
import type { PathSegment } from '../types';

export interface Slot {
  /** Offset of the mapping key (map fields only). */
  k?: number;
  /** Offset of the value. */
  v: number;
  /** Characters as written, kept for numbers only (a date YAML read as a number). */
  s?: string;
  /** Positions inside the value, when it is a map or a list. */
  c?: Shadow;
}

/** JSON-friendly (arrays, no Map) so a worker can send it back as a string, which is far faster. */
export interface Shadow {
  /** Map fields in order: [name, slot]. */
  f?: [string, Slot][];
  /** List items. */
  i?: Slot[];
}

/** Follows the path as far as it exists: a missing field resolves to its parent's slot. */
export function findSlot(
  root: Shadow | undefined,
  path: readonly PathSegment[],
): { slot: Slot | undefined; complete: boolean } {
  let shadow = root;
  let slot: Slot | undefined;
  for (const segment of path) {
    const next =
      typeof segment === 'number'
        ? shadow?.i?.[segment]
        : shadow?.f?.find(([name]) => name === segment)?.[1];
    if (!next) return { slot, complete: false };
    slot = next;
    shadow = next.c;
  }
  return { slot, complete: true };
}

export class LineIndex {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  positionOf(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  }
}

export function createLocator(
  lines: LineIndex,
  root: Shadow | undefined,
  rootOffset: number,
): Locator {
  return (path, key) => {
    const { slot, complete } = findSlot(root, path);
    const offset = slot === undefined ? rootOffset : key && complete ? (slot.k ?? slot.v) : slot.v;
    return lines.positionOf(offset);
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

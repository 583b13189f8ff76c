// A composite widget that is one tab stop (WAI-ARIA "roving tabindex"): which item holds the
// stop, and where the arrow keys, Home and End move it.

/** Keys that move focus along a vertical list, and by how far; ±Infinity for Home and End. */
const VERTICAL_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/**
 * The index focus moves to from `index` in a vertical list of `count` items, clamped to its ends
 * (no wrapping, as in a listbox); null for a key that does not move it, or an empty list.
 */
export function moveFocusIndex(key: string, index: number, count: number): number | null {
  const step = VERTICAL_STEPS[key];
  if (step === undefined || count === 0) return null;
  return Math.min(count - 1, Math.max(0, index + step));
}

/**
 * The one item that takes Tab: the item focus was moved to while it is still shown, else the
 * selected item when it is shown, else the first; null for an empty list.
 */
export function pickTabStop(
  ids: readonly string[],
  moved: string | null,
  selected: string | null,
): string | null {
  if (moved !== null && ids.includes(moved)) return moved;
  if (selected !== null && ids.includes(selected)) return selected;
  return ids[0] ?? null;
}

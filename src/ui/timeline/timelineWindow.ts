// Which part of a long timeline is rendered: thousands of buttons help nobody and cost frames.
/** A long timeline is cut to a window of items, around `anchor` (the focused or selected item). */
export const TIMELINE_LIMIT = 300;

export function windowAround<T extends { id: string }>(
  items: readonly T[],
  anchor: string | null,
): { start: number; items: readonly T[] } {
  if (items.length <= TIMELINE_LIMIT) return { start: 0, items };
  const at = anchor ? items.findIndex((item) => item.id === anchor) : -1;
  const start =
    at < TIMELINE_LIMIT ? 0 : Math.min(items.length - TIMELINE_LIMIT, at - TIMELINE_LIMIT / 2);
  return { start, items: items.slice(start, start + TIMELINE_LIMIT) };
}

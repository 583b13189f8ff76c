// Which part of a long timeline is rendered: thousands of buttons help nobody and cost frames.
/** A long timeline is cut to a window of items, around the selection when there is one. */
export const TIMELINE_LIMIT = 300;

export function windowAround<T extends { id: string }>(
  items: readonly T[],
  selected: string | null,
): { start: number; items: readonly T[] } {
  if (items.length <= TIMELINE_LIMIT) return { start: 0, items };
  const at = selected ? items.findIndex((item) => item.id === selected) : -1;
  const start =
    at < TIMELINE_LIMIT ? 0 : Math.min(items.length - TIMELINE_LIMIT, at - TIMELINE_LIMIT / 2);
  return { start, items: items.slice(start, start + TIMELINE_LIMIT) };
}

// Classes travel as bit masks and come out as shared frozen arrays: 150k edges mostly share a
// handful of combinations, and one array per element per call is what made deriveView slow.
import { VIEW_CLASSES, type ViewClass } from '../types';

export const CLASS_BIT = Object.fromEntries(
  VIEW_CLASSES.map((name, i) => [name, 1 << i]),
) as Record<ViewClass, number>;

const lists = new Map<number, readonly ViewClass[]>();

/** The classes of a mask, in VIEW_CLASSES order; the same array for the same mask. */
export function readClassList(mask: number): readonly ViewClass[] {
  let list = lists.get(mask);
  if (!list) {
    list = Object.freeze(VIEW_CLASSES.filter((_, i) => mask & (1 << i)));
    lists.set(mask, list);
  }
  return list;
}

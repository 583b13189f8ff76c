import { describe, expect, it } from 'vitest';
import { TIMELINE_LIMIT, windowAround } from './timelineWindow';

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `i${index}` }));

describe('windowAround', () => {
  it('keeps a short timeline whole', () => {
    const all = items(10);
    expect(windowAround(all, null)).toEqual({ start: 0, items: all });
  });

  it('starts at the beginning when nothing further on is selected', () => {
    const shown = windowAround(items(1000), 'i5');
    expect(shown.start).toBe(0);
    expect(shown.items).toHaveLength(TIMELINE_LIMIT);
  });

  it('centres on a selection past the first window, and stays within the list', () => {
    const middle = windowAround(items(1000), 'i600');
    expect(middle.start).toBe(600 - TIMELINE_LIMIT / 2);
    expect(middle.items.map((item) => item.id)).toContain('i600');
    const end = windowAround(items(1000), 'i999');
    expect(end.start + end.items.length).toBe(1000);
    expect(end.items.map((item) => item.id)).toContain('i999');
  });
});

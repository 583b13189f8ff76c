// @vitest-environment jsdom
// A timeline longer than its rendered window: the keys move over every item, and the window follows.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import type { AppStore } from '../../store/types';
import type { TimelineItem } from '../../view/types';
import { mountInApp } from '../shared/testMount';
import { Timeline } from './Timeline';
import { TIMELINE_LIMIT } from './timelineWindow';

// What jsdom lacks: it lays nothing out, so there is no scrolling to do, and it has no CSS.escape
// (these ids need none).
Element.prototype.scrollIntoView = () => undefined;
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= {
  escape: (value) => value,
};

const model = loadModel(buildTestGraph({ sources: ['s1'], entities: [{ id: 'a' }, { id: 'b' }] }));
const count = TIMELINE_LIMIT + 100;
const items: TimelineItem[] = Array.from({ length: count }, (_, i) => ({
  id: `t${String(i).padStart(3, '0')}`,
  kind: 'relation',
  label: `Item ${i}`,
  date: '2021',
  dateStart: '2021-01-01',
  dateEnd: '2021-12-31',
  estimated: false,
}));

describe('Timeline longer than its window', () => {
  let container: HTMLDivElement;
  let store: AppStore;
  let unmount: () => void;
  beforeEach(() => {
    ({ container, store, unmount } = mountInApp(model, <Timeline items={items} />));
  });
  afterEach(() => unmount());

  const rendered = () => container.querySelectorAll('[role=option]');
  const focusedId = () => document.activeElement?.getAttribute('data-id');
  const press = (key: string) =>
    act(() => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      );
    });

  it('goes with End to the very last item, moving the window, and with Home back', () => {
    expect(rendered()).toHaveLength(TIMELINE_LIMIT);
    const first = container.querySelector<HTMLElement>('[tabindex="0"]');
    expect(first?.getAttribute('data-id')).toBe('t000');
    act(() => first?.focus());

    press('End');
    expect(focusedId()).toBe(items[count - 1]?.id);
    expect(rendered()).toHaveLength(TIMELINE_LIMIT);
    expect(container.textContent).toContain(`Showing items 101–${count} of ${count}`);
    press('ArrowDown');
    expect(focusedId()).toBe(items[count - 1]?.id);

    press('Home');
    expect(focusedId()).toBe('t000');
    expect(container.textContent).toContain(`Showing items 1–${TIMELINE_LIMIT} of ${count}`);
  });

  it('walks past the window with the arrow keys, and Enter selects where it is', () => {
    const start = container.querySelector<HTMLElement>(`[data-id="t${TIMELINE_LIMIT - 1}"]`);
    act(() => start?.focus());
    press('ArrowDown');
    expect(focusedId()).toBe(`t${TIMELINE_LIMIT}`);
    press('Enter');
    expect(store.getState().view.selected).toBe(`t${TIMELINE_LIMIT}`);
  });
});

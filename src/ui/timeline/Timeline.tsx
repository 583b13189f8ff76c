// Dated relations and claims in order, in step with the graph: the same date range, and
// selecting here selects there. A listbox that is one tab stop (roving tabindex): the arrow keys,
// Home and End move among the items (the rendered window follows), Enter or Space (or a click)
// selects one.
import {
  useDeferredValue,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { claimAttribution, edgeAttribution } from '../../model/provenance';
import { markEstimated, speakersOf } from '../../view/provenance/phrases';
import { Names } from '../shared/Names';
import type { TimelineItem } from '../../view/types';
import { useActions, useAppState, useModel } from '../shared/appContext';
import { formatEdtf } from '../shared/labels';
import { moveFocusIndex, pickTabStop } from '../shared/rovingFocus';
import { scrollWithin } from '../shared/scrollWithin';
import { windowAround } from './timelineWindow';

const NONE: readonly TimelineItem[] = [];
/** Lays out every rendered row, drawn or not (see focusItem). */
const LAID_OUT = 'laid-out';

export function Timeline({ items: current }: { items: readonly TimelineItem[] }) {
  // Rendered in the background after the graph, as the entity list is; its height is fixed, so
  // the graph does not move when the rows arrive.
  const items = useDeferredValue(current, NONE);
  const selected = useAppState((state) => state.view.selected);
  const dateFrom = useAppState((state) => state.view.dateFrom);
  const dateTo = useAppState((state) => state.view.dateTo);
  const { select } = useActions();
  const listRef = useRef<HTMLOListElement>(null);
  /** The box that scrolls: the list and its sticky heading. */
  const boxRef = useRef<HTMLElement>(null);
  const headingId = useId();
  // The item that has focus, while one does: it holds the tab stop. Once focus leaves, the stop
  // goes back to the selection (or the first item), where a listbox is entered.
  const [focused, setFocused] = useState<string | null>(null);
  // An item the keys moved to outside the rendered window: focused once the window has moved.
  const pendingFocus = useRef<string | null>(null);

  // Within the timeline only: on a phone the page scrolls too, and the graph must stay in sight.
  useEffect(() => {
    const list = listRef.current;
    const row = selected ? list?.querySelector(`[data-id="${CSS.escape(selected)}"]`) : null;
    const box = boxRef.current;
    if (row && box) scrollWithin(box, row);
  }, [selected]);

  // The window follows the keyboard while it is in the list, else the selection.
  const shown = windowAround(items, focused ?? selected);
  const ids = shown.items.map((item) => item.id);
  const tabStop = pickTabStop(ids, focused, selected);

  const focusItem = (id: string, jump: boolean): boolean => {
    const list = listRef.current;
    const element = list?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (!list || !element) return false;
    // A jump (End, Home) lands among rows never drawn, whose heights are a guess until then
    // (content-visibility): lay them all out while the focus scrolls, so it scrolls to where the
    // item really is, and keep that for two frames, until their sizes are remembered.
    if (jump) {
      list.classList.add(LAID_OUT);
      requestAnimationFrame(() => requestAnimationFrame(() => list.classList.remove(LAID_OUT)));
    }
    element.focus();
    return true;
  };

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    focusItem(id, true);
  });

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const id = event.target instanceof Element ? event.target.getAttribute('data-id') : null;
    if (id === null) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(id);
      return;
    }
    // Over every item, not only the rendered ones: End reaches the last of thousands.
    const index = items.findIndex((item) => item.id === id);
    const next = moveFocusIndex(event.key, index, items.length);
    const nextId = next === null ? undefined : items[next]?.id;
    if (next === null || nextId === undefined) return;
    event.preventDefault();
    if (focusItem(nextId, Math.abs(next - index) > 1)) return;
    pendingFocus.current = nextId;
    setFocused(nextId);
  }

  function onBlur(event: FocusEvent<HTMLOListElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(null);
  }

  return (
    <section ref={boxRef} className="timeline" aria-label="Timeline">
      <h2 className="section-title" id={headingId}>
        Timeline <span className="muted">{rangeText(dateFrom, dateTo)}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">Nothing dated in this view.</p>
      ) : (
        <ol
          ref={listRef}
          role="listbox"
          aria-labelledby={headingId}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        >
          {shown.items.map((item) => (
            <li
              key={item.id}
              data-id={item.id}
              role="option"
              className="timeline-item"
              aria-selected={item.id === selected}
              tabIndex={item.id === tabStop ? 0 : -1}
              onFocus={() => setFocused(item.id)}
              onClick={() => select(item.id)}
            >
              <time>{markEstimated(formatEdtf(item.date), item.estimated)}</time>{' '}
              <bdi>{item.label}</bdi>
              <TimelineAttribution item={item} />
            </li>
          ))}
        </ol>
      )}
      {shown.items.length < items.length && (
        <p className="muted">
          Showing items {shown.start + 1}–{shown.start + shown.items.length} of {items.length};
          narrow the date range to see the others.
        </p>
      )}
    </section>
  );
}

/** "— according to BuzzFeed News (attributed)": made for the rendered items only. */
function TimelineAttribution({ item }: { item: TimelineItem }) {
  const model = useModel();
  const attribution =
    item.kind === 'claim' ? claimAttribution(model, item.id) : edgeAttribution(model, item.id);
  if (!attribution) return null;
  const speakers = speakersOf(attribution).map((s) => s.label);
  return (
    <span className="muted">
      {' — '}
      {speakers.length > 0 && (
        <>
          according to <Names names={speakers} />,{' '}
        </>
      )}
      {attribution.status.label}
    </span>
  );
}

function rangeText(from: string | null, to: string | null): string {
  if (!from && !to) return '(all dates)';
  return `(${from ?? 'start'} to ${to ?? 'end'})`;
}

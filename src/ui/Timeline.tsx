// Dated relations and claims in order, in step with the graph: the same date range, and
// selecting here selects there.
import { useEffect, useRef } from 'react';
import type { TimelineItem } from '../view/types';
import { useActions, useAppState } from './appContext';
import { formatEdtf } from './labels';
import { windowAround } from './timelineWindow';

export function Timeline({ items }: { items: readonly TimelineItem[] }) {
  const selected = useAppState((state) => state.view.selected);
  const dateFrom = useAppState((state) => state.view.dateFrom);
  const dateTo = useAppState((state) => state.view.dateTo);
  const { select } = useActions();
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selected) return;
    listRef.current
      ?.querySelector(`[data-id="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const shown = windowAround(items, selected);
  return (
    <section className="timeline" aria-label="Timeline">
      <h2 className="section-title">
        Timeline <span className="muted">{rangeText(dateFrom, dateTo)}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">Nothing dated in this view.</p>
      ) : (
        <ol ref={listRef}>
          {shown.items.map((item) => (
            <li key={item.id} data-id={item.id}>
              <button
                type="button"
                className="timeline-item"
                aria-current={item.id === selected ? 'true' : undefined}
                onClick={() => select(item.id)}
              >
                <time>{formatEdtf(item.date)}</time>
                <span>{item.label}</span>
              </button>
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

function rangeText(from: string | null, to: string | null): string {
  if (!from && !to) return '(all dates)';
  return `(${from ?? 'start'} to ${to ?? 'end'})`;
}

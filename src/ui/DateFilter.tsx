// Date range: a histogram of dated relations with a brush, plus From/To fields for the keyboard.
import { useRef, useState, type PointerEvent } from 'react';
import type { DateHistogram } from '../view/types';
import { useActions, useAppState } from './appContext';

export function DateFilter({ histogram }: { histogram: DateHistogram }) {
  const dateFrom = useAppState((state) => state.view.dateFrom);
  const dateTo = useAppState((state) => state.view.dateTo);
  const includeUndated = useAppState((state) => state.view.includeUndated);
  const { setDateRange, toggleUndated, clearFilter } = useActions();
  return (
    <fieldset className="filter">
      <legend>Date</legend>
      <Histogram histogram={histogram} dateFrom={dateFrom} dateTo={dateTo} onBrush={setDateRange} />
      <div className="date-fields">
        <label>
          From
          <input
            type="date"
            value={dateFrom ?? ''}
            onChange={(event) => setDateRange(event.target.value || null, dateTo)}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={dateTo ?? ''}
            onChange={(event) => setDateRange(dateFrom, event.target.value || null)}
          />
        </label>
      </div>
      <label className="inline-field">
        <input type="checkbox" checked={includeUndated} onChange={() => toggleUndated()} />
        Show undated relations
      </label>
      {(dateFrom || dateTo) && (
        <button type="button" className="link-button" onClick={() => clearFilter('date')}>
          Clear dates
        </button>
      )}
      <p className="hint">
        A relation dated to a month or an interval is shown when any part of it falls in the range.
      </p>
    </fieldset>
  );
}

const WIDTH = 260;
const HEIGHT = 56;

interface HistogramProps {
  histogram: DateHistogram;
  dateFrom: string | null;
  dateTo: string | null;
  onBrush: (from: string | null, to: string | null) => void;
}

function Histogram({ histogram, dateFrom, dateTo, onBrush }: HistogramProps) {
  const { bins } = histogram;
  const svgRef = useRef<SVGSVGElement>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  if (bins.length === 0) return <p className="muted">No dated relations.</p>;
  const max = Math.max(1, histogram.maxTotal);
  const barWidth = WIDTH / bins.length;

  function binAt(event: PointerEvent<SVGSVGElement>): number {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    const ratio = (event.clientX - box.left) / box.width;
    return Math.min(bins.length - 1, Math.max(0, Math.floor(ratio * bins.length)));
  }

  function brushTo(index: number, start: number) {
    const low = bins[Math.min(start, index)];
    const high = bins[Math.max(start, index)];
    if (low && high) onBrush(low.start, high.end);
  }

  const first = bins[0];
  const last = bins[bins.length - 1];
  return (
    <figure className="histogram">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={`Dated relations per month, ${first?.start ?? ''} to ${last?.end ?? ''}. Drag to choose a range, or use the From and To fields.`}
        onPointerDown={(event) => {
          const index = binAt(event);
          event.currentTarget.setPointerCapture(event.pointerId);
          setAnchor(index);
          brushTo(index, index);
        }}
        onPointerMove={(event) => {
          if (anchor !== null) brushTo(binAt(event), anchor);
        }}
        onPointerUp={() => setAnchor(null)}
      >
        {bins.map((bin, index) => {
          const inRange = (!dateFrom || bin.end >= dateFrom) && (!dateTo || bin.start <= dateTo);
          const totalHeight = (bin.total / max) * (HEIGHT - 4);
          const shownHeight = (bin.filtered / max) * (HEIGHT - 4);
          return (
            <g key={bin.start}>
              <rect
                className="bar-total"
                x={index * barWidth + 0.5}
                y={HEIGHT - totalHeight}
                width={Math.max(1, barWidth - 1)}
                height={totalHeight}
              />
              <rect
                className={inRange ? 'bar-shown' : 'bar-out'}
                x={index * barWidth + 0.5}
                y={HEIGHT - shownHeight}
                width={Math.max(1, barWidth - 1)}
                height={shownHeight}
              >
                <title>{`${bin.start.slice(0, 7)}: ${bin.filtered} of ${bin.total} relations`}</title>
              </rect>
            </g>
          );
        })}
      </svg>
      <figcaption className="histogram-axis">
        <span>{first?.start.slice(0, 7)}</span>
        <span>{last?.end.slice(0, 7)}</span>
      </figcaption>
    </figure>
  );
}

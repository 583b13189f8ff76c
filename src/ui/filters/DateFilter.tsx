// Date range: a histogram of dated relations with a brush, plus From/To fields for the keyboard.
import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { isValidDay } from '../../calendar/periods';
import { binIndexAt, histogramPaths } from './histogramPaths';
import type { DateHistogram } from '../../view/types';
import { useActions, useAppState } from '../shared/appContext';

export function DateFilter({ histogram }: { histogram: DateHistogram }) {
  const dateFrom = useAppState((state) => state.view.dateFrom);
  const dateTo = useAppState((state) => state.view.dateTo);
  const includeUndated = useAppState((state) => state.view.includeUndated);
  const includeEstimated = useAppState((state) => state.view.includeEstimated);
  const { setDateRange, toggleUndated, toggleEstimated, clearFilter } = useActions();
  return (
    <fieldset className="filter">
      <legend>Date</legend>
      <Histogram histogram={histogram} dateFrom={dateFrom} dateTo={dateTo} onBrush={setDateRange} />
      <div className="date-fields">
        <DateField
          label="From"
          value={dateFrom}
          onCommit={(value) => setDateRange(value, dateTo)}
        />
        <DateField label="To" value={dateTo} onCommit={(value) => setDateRange(dateFrom, value)} />
      </div>
      <label className="inline-field">
        <input type="checkbox" checked={includeUndated} onChange={() => toggleUndated()} />
        Show undated relations
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={includeEstimated} onChange={() => toggleEstimated()} />
        Include estimated dates
      </label>
      {(dateFrom || dateTo || !includeEstimated) && (
        <button type="button" className="link-button" onClick={() => clearFilter('date')}>
          Clear dates
        </button>
      )}
      <p className="hint">
        A relation dated to a month or an interval is shown when any part of it falls in the range.
        An estimated date rests on an estimate of when its source was written (hatched in the
        histogram).
      </p>
    </fieldset>
  );
}

/** What the field holds while it is typed: digits and dashes of a YYYY-MM-DD date. */
const ISO_DAY_PATTERN = '\\d{4}-\\d{2}-\\d{2}';

/**
 * A text field for an ISO date (YYYY-MM-DD), the one date language of the app: the browser's date
 * input would show the reader's locale (mm/dd/yyyy) beside ISO dates everywhere else. It commits a
 * complete, real date as soon as it is typed, or an empty field; leaving it with anything else
 * says what is wrong and keeps the range as it was.
 */
function DateField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string | null;
  onCommit: (value: string | null) => void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const [committed, setCommitted] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();
  if (committed !== value) {
    // The range changed elsewhere (brush, Clear dates, back button): show it.
    setCommitted(value);
    setDraft(value ?? '');
    setInvalid(false);
  }
  const commit = (next: string) => {
    if ((next || null) !== value) onCommit(next || null);
  };
  const trimmed = draft.trim();
  return (
    <div className="date-field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        pattern={ISO_DAY_PATTERN}
        placeholder="YYYY-MM-DD"
        maxLength={10}
        size={10}
        autoComplete="off"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          const next = event.target.value.trim();
          setDraft(event.target.value);
          if (next === '' || isValidDay(next)) {
            setInvalid(false);
            commit(next);
          }
        }}
        onBlur={() => setInvalid(trimmed !== '' && !isValidDay(trimmed))}
      />
      {invalid && (
        <span className="field-error" id={errorId}>
          Type a date as YYYY-MM-DD, e.g. 2021-09-01.
        </span>
      )}
    </div>
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
  const [hovered, setHovered] = useState<number | null>(null);
  // A fragment reference (url(#…)) cannot hold the colons React's ids may contain.
  const hatchId = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const paths = useMemo(
    () =>
      histogramPaths(
        bins,
        (bin) => (!dateFrom || bin.end >= dateFrom) && (!dateTo || bin.start <= dateTo),
        { width: WIDTH, height: HEIGHT, max: histogram.maxTotal },
      ),
    [bins, dateFrom, dateTo, histogram.maxTotal],
  );
  if (bins.length === 0) return <p className="muted">No dated relations.</p>;

  function binAt(event: PointerEvent<SVGSVGElement>): number {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return binIndexAt((event.clientX - box.left) / box.width, bins.length);
  }

  function brushTo(index: number, start: number) {
    const low = bins[Math.min(start, index)];
    const high = bins[Math.max(start, index)];
    if (low && high) onBrush(low.start, high.end);
  }

  const first = bins[0];
  const last = bins[bins.length - 1];
  const hoveredBin = hovered === null ? undefined : bins[hovered];
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
          const index = binAt(event);
          setHovered(index);
          if (anchor !== null) brushTo(index, anchor);
        }}
        onPointerUp={() => setAnchor(null)}
        onPointerLeave={() => setHovered(null)}
      >
        <path className="bar-total" d={paths.total} />
        <path className="bar-shown" d={paths.shown} />
        <path className="bar-out" d={paths.out} />
        <defs>
          <pattern
            id={hatchId}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line className="hatch" x1="0" y1="0" x2="0" y2="4" />
          </pattern>
        </defs>
        <path className="bar-estimated" d={paths.estimated} fill={`url(#${hatchId})`} />
      </svg>
      <figcaption>
        <span className="histogram-axis">
          <span>{first?.start.slice(0, 7)}</span>
          <span>{last?.end.slice(0, 7)}</span>
        </span>
        {/* Its line is always there, so pointing at the chart moves nothing below it. */}
        <span className="histogram-readout">
          {hoveredBin
            ? `${hoveredBin.month}: ${hoveredBin.filtered} of ${hoveredBin.total} relations` +
              (hoveredBin.estimated > 0 ? ` (${hoveredBin.estimated} estimated)` : '')
            : '\u00a0'}
        </span>
      </figcaption>
    </figure>
  );
}

// One checkbox per source: only relations supported by the checked sources remain. A long list
// gets a search field and shows a bounded window of it (see sourceListWindow).
import { useId, useMemo, useState } from 'react';
import { sourceOf } from '../../model/queries';
import { useActions, useAppState, useModel } from '../shared/appContext';
import { formatEdtf } from '../shared/labels';
import { sourceListWindow } from './sourceListWindow';

export function SourceFilter() {
  const model = useModel();
  const checked = useAppState((state) => state.view.sources);
  const minSources = useAppState((state) => state.view.minSources);
  const { toggleSource, setSources, setMinSources } = useActions();
  const all = model.sources.ids;
  const [query, setQuery] = useState('');
  const listed = useMemo(
    () =>
      sourceListWindow(
        all.map((id) => ({
          id,
          title: sourceOf(model, id)?.title ?? id,
          publisher: sourceOf(model, id)?.publisher,
        })),
        query,
      ),
    [all, model, query],
  );
  const checkedSet = useMemo(() => new Set(checked ?? []), [checked]);
  const countId = useId();
  return (
    <fieldset className="filter">
      <legend>Sources</legend>
      {listed.searchable && (
        <>
          <label className="inline-field">
            Find a source
            <input
              type="search"
              value={query}
              aria-describedby={countId}
              onChange={(event) => setQuery(event.target.value)}
            />
          </label>
          <p id={countId} className="muted" aria-live="polite">
            {checked === null
              ? `All ${all.length.toLocaleString('en')} sources checked.`
              : `${checked.length.toLocaleString('en')} of ${all.length.toLocaleString('en')} sources checked.`}
            {listed.notListed > 0 &&
              ` ${listed.notListed.toLocaleString('en')} more match; type to narrow the list.`}
            {listed.ids.length === 0 && ' No source matches.'}
          </p>
        </>
      )}
      <ul className="checkbox-list">
        {listed.ids.map((id) => {
          const source = sourceOf(model, id);
          const meta = [source?.publisher, source?.published ? formatEdtf(source.published) : null]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked === null || checkedSet.has(id)}
                  onChange={() => toggleSource(id, all)}
                />
                <span>
                  <bdi>{source?.title ?? id}</bdi>
                  {meta && (
                    <span className="muted">
                      {' '}
                      (<bdi>{meta}</bdi>)
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {checked !== null && (
        <button type="button" className="link-button" onClick={() => setSources(null)}>
          Check all sources
        </button>
      )}
      {listed.searchable && checked?.length !== 0 && (
        <button type="button" className="link-button" onClick={() => setSources([])}>
          Uncheck all sources
        </button>
      )}
      <label className="inline-field">
        Supported by at least
        <input
          type="number"
          min={1}
          max={Math.max(1, all.length)}
          value={minSources}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= 1) setMinSources(value);
          }}
        />
        independent origins
      </label>
    </fieldset>
  );
}

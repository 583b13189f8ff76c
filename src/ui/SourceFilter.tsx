// One checkbox per source: only relations supported by the checked sources remain.
import { useActions, useAppState, useModel } from './appContext';
import { formatEdtf } from './labels';

export function SourceFilter() {
  const model = useModel();
  const checked = useAppState((state) => state.view.sources);
  const minSources = useAppState((state) => state.view.minSources);
  const { toggleSource, setSources, setMinSources } = useActions();
  const all = model.sources.ids;
  return (
    <fieldset className="filter">
      <legend>Sources</legend>
      <ul className="checkbox-list">
        {all.map((id) => {
          const source = model.sources.byId.get(id);
          const meta = [source?.publisher, source?.published ? formatEdtf(source.published) : null]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked === null || checked.includes(id)}
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
        sources
      </label>
    </fieldset>
  );
}

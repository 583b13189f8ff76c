// The legend doubles as the type filter: each entity type and predicate can be toggled. Its
// sixty-odd checkboxes fold behind a disclosure button, so keyboard users can step past them.
import { useId, useState } from 'react';
import { ENTITY_TYPE_DEFINITIONS } from '../../schema/vocabulary';
import { TypeIcon } from '../shared/TypeIcon';
import { useActions, useAppState, useModel } from '../shared/appContext';

export function Legend() {
  const model = useModel();
  const hiddenTypes = useAppState((state) => state.view.hiddenEntityTypes);
  const hiddenPredicates = useAppState((state) => state.view.hiddenPredicates);
  const { toggleEntityType, togglePredicate } = useActions();
  // Open at first: it is the key to the graph's colours and line styles.
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const presentTypes = new Set<number>(model.nodes.types);
  const types = ENTITY_TYPE_DEFINITIONS.filter((_, index) => presentTypes.has(index));
  // Folded, the legend still says that it hides something.
  const hiddenCount =
    types.filter((type) => hiddenTypes.includes(type.id)).length +
    model.predicates.ids.filter((predicate) => hiddenPredicates.includes(predicate)).length;
  return (
    <div className="legend-panel">
      <h2 className="section-title">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
        >
          <span>
            Legend and type filters
            {hiddenCount > 0 && <span className="muted"> ({hiddenCount} hidden)</span>}
          </span>
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        <fieldset className="filter legend">
          <legend>Entity types</legend>
          <ul className="checkbox-list">
            {types.map((type) => (
              <li key={type.id}>
                <label title={type.description}>
                  <input
                    type="checkbox"
                    checked={!hiddenTypes.includes(type.id)}
                    onChange={() => toggleEntityType(type.id)}
                  />
                  <TypeIcon type={type.id} />
                  <span>{type.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <section className="filter legend" aria-labelledby={`${bodyId}-lines`}>
          <h3 id={`${bodyId}-lines`} className="legend-heading">
            Line styles
          </h3>
          <ul className="line-styles">
            <li>
              <span className="edge-swatch" aria-hidden="true" /> solid: reported as fact by a
              source
            </li>
            <li>
              <span className="edge-swatch edge-statement" aria-hidden="true" /> dashed: rests only
              on what someone says (attributed, opinion)
            </li>
            <li>
              <span className="edge-swatch edge-thick" aria-hidden="true" /> thicker: more
              independent origins
            </li>
          </ul>
        </section>
        <fieldset className="filter legend">
          <legend>Relation types</legend>
          <ul className="checkbox-list">
            {model.predicates.ids.map((predicate, index) => (
              <li key={predicate}>
                <label>
                  <input
                    type="checkbox"
                    checked={!hiddenPredicates.includes(predicate)}
                    onChange={() => togglePredicate(predicate)}
                  />
                  <span className={`edge-swatch edge-${predicate}`} aria-hidden="true" />
                  <bdi>{model.predicates.labels[index]}</bdi>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
    </div>
  );
}

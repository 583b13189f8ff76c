// The legend doubles as the type filter: each entity type and predicate can be toggled.
import { ENTITY_TYPE_DEFINITIONS } from '../schema/vocabulary';
import { TypeIcon } from './TypeIcon';
import { useActions, useAppState, useModel } from './appContext';

export function Legend() {
  const model = useModel();
  const hiddenTypes = useAppState((state) => state.view.hiddenEntityTypes);
  const hiddenPredicates = useAppState((state) => state.view.hiddenPredicates);
  const { toggleEntityType, togglePredicate } = useActions();
  const presentTypes = new Set<number>(model.nodes.types);
  return (
    <>
      <fieldset className="filter legend">
        <legend>Entity types</legend>
        <ul className="checkbox-list">
          {ENTITY_TYPE_DEFINITIONS.filter((_, index) => presentTypes.has(index)).map((type) => (
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
                <span>{model.predicates.labels[index]}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

// What a person can do with the selected entity, besides reading about it.
import { useActions, useAppState } from '../shared/appContext';

export function EntityActions({ id }: { id: string }) {
  const actions = useActions();
  const focus = useAppState((state) => state.view.focus);
  const pinned = useAppState((state) => state.view.pinned.includes(id));
  const expanded = useAppState((state) => state.view.expanded.some((entry) => entry.id === id));
  const pathFrom = useAppState((state) => state.view.pathFrom);
  const pathTo = useAppState((state) => state.view.pathTo);
  return (
    <div className="entity-actions" role="group" aria-label="Entity actions">
      <button type="button" onClick={() => actions.focus(id)} aria-pressed={focus === id}>
        Focus
      </button>
      <button type="button" onClick={() => actions.expand(id)} disabled={expanded}>
        Expand neighbours
      </button>
      <button type="button" onClick={() => actions.hide(id)}>
        Hide
      </button>
      <button
        type="button"
        onClick={() => (pinned ? actions.unpin(id) : actions.pin(id))}
        aria-pressed={pinned}
      >
        {pinned ? 'Unpin' : 'Pin'}
      </button>
      <button
        type="button"
        onClick={() => actions.setPath(id, pathTo)}
        aria-pressed={pathFrom === id}
      >
        Path from here
      </button>
      <button
        type="button"
        onClick={() => actions.setPath(pathFrom, id)}
        aria-pressed={pathTo === id}
      >
        Path to here
      </button>
    </div>
  );
}

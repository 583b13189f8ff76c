// "Showing X of Y entities, P of Q relations", what the level of detail draws, and why a view is
// empty with a way out.
import type { ContextColouring } from '../../render/context/types';
import type { DerivedView } from '../../view/types';
import { FILTERS } from '../../viewState/filters';
import { useActions } from '../shared/appContext';
import { ContextNote } from './ContextNote';

export interface StatusLineProps {
  view: DerivedView;
  colouring: ContextColouring;
  onColouringChange: (colouring: ContextColouring) => void;
}

export function StatusLine({ view, colouring, onColouringChange }: StatusLineProps) {
  const { clearFilter } = useActions();
  const { counts, emptyReason, context } = view;
  // The overview's context layer draws every entity and relation the filters keep.
  const drawnNodes = context ? context.ids.length : counts.visibleNodes;
  const drawnEdges = context ? context.links.length / 2 : counts.visibleEdges;
  return (
    <div className="status">
      <p data-testid="status-line" className="status-line" aria-live="polite">
        Showing {drawnNodes} of {counts.totalNodes} entities, {drawnEdges} of {counts.totalEdges}{' '}
        relations
      </p>
      {context ? (
        <ContextNote
          view={view}
          drawnNodes={drawnNodes}
          drawnEdges={drawnEdges}
          colouring={colouring}
          onColouringChange={onColouringChange}
        />
      ) : (
        view.cap && (
          <p className="status-note">
            Level of detail: drawing{' '}
            {[
              view.cap.shown < view.cap.matching &&
                `the ${view.cap.shown.toLocaleString('en')} best-connected of ${view.cap.matching.toLocaleString('en')} matching entities`,
              view.cap.shownEdges < view.cap.matchingEdges &&
                `${view.cap.shownEdges.toLocaleString('en')} of their ${view.cap.matchingEdges.toLocaleString('en')} relations (the selection's first, then one or two per pair)`,
            ]
              .filter(Boolean)
              .join(' and ')}
            ; search, focus or filter to see the others.
          </p>
        )
      )}
      {emptyReason && (
        <div className="empty-result" role="alert">
          <p>{emptyReason.message}</p>
          <button type="button" onClick={() => clearFilter(emptyReason.filter)}>
            Clear {FILTERS[emptyReason.filter].name}
          </button>
        </div>
      )}
    </div>
  );
}

// "Showing X of Y entities, P of Q relations", and why a view is empty with a way out.
import type { DerivedView } from '../../view/types';
import { FILTERS } from '../../viewState/filters';
import { useActions } from '../shared/appContext';

export function StatusLine({ view }: { view: DerivedView }) {
  const { clearFilter } = useActions();
  const { counts, emptyReason } = view;
  return (
    <div className="status">
      <p data-testid="status-line" className="status-line" aria-live="polite">
        Showing {counts.visibleNodes} of {counts.totalNodes} entities, {counts.visibleEdges} of{' '}
        {counts.totalEdges} relations
      </p>
      {view.cap && (
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

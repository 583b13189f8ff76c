// What the overview draws when the level of detail is on: every entity as a point, the
// best-connected interactive and labelled; and how the points are coloured.
import type { ContextColouring } from '../../render/context/types';
import type { DerivedView } from '../../view/types';

export interface ContextNoteProps {
  view: DerivedView;
  drawnNodes: number;
  drawnEdges: number;
  colouring: ContextColouring;
  onColouringChange: (colouring: ContextColouring) => void;
}

/** "all 10,000 entities; 200 labelled", or "all 8,000 matching entities" under a filter. */
export function describeDrawn(drawnNodes: number, totalNodes: number, labelled: number): string {
  const entities = drawnNodes === totalNodes ? 'entities' : 'matching entities';
  return `all ${drawnNodes.toLocaleString('en')} ${entities}; ${labelled.toLocaleString('en')} labelled`;
}

export function ContextNote({
  view,
  drawnNodes,
  drawnEdges,
  colouring,
  onColouringChange,
}: ContextNoteProps) {
  const regions = view.context?.regions.length ?? 0;
  return (
    <div className="status-note context-note">
      <p data-testid="context-note">
        Drawing {describeDrawn(drawnNodes, view.counts.totalNodes, view.counts.visibleNodes)} (the
        best-connected, and the selection&apos;s neighbours), with {drawnEdges.toLocaleString('en')}{' '}
        relations. Click a point to select it; search, focus or filter to label others.
      </p>
      {regions > 0 && (
        <label className="context-colouring">
          <input
            type="checkbox"
            checked={colouring === 'community'}
            onChange={(event) => onColouringChange(event.target.checked ? 'community' : 'type')}
          />{' '}
          Colour the points by community ({regions} named regions)
        </label>
      )}
    </div>
  );
}

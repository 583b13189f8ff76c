// Controls around the canvas: neighbourhood size, show all, zoom (fit, in, out: for people without
// a wheel or a pinch), re-layout, and "more" pages.
import { entityLabel } from '../../model';
import type { Renderer } from '../../render/cytoscape/types';
import { ZOOM_STEP } from '../../render/cytoscape/zoom';
import type { DerivedView } from '../../view/types';
import { MAX_HOPS, MIN_HOPS } from '../../viewState/viewState';
import { useActions, useAppState, useModel } from '../shared/appContext';

export function GraphControls({
  view,
  renderer,
}: {
  view: DerivedView;
  renderer: Renderer | null;
}) {
  const model = useModel();
  const focus = useAppState((state) => state.view.focus);
  const hops = useAppState((state) => state.view.hops);
  const handBuilt = useAppState(
    (state) =>
      state.view.focus !== null ||
      state.view.expanded.length > 0 ||
      state.view.hidden.length > 0 ||
      state.view.pinned.length > 0,
  );
  const { setHops, showAll, showMore, focus: focusOn, setViewport, relayout } = useActions();
  const labelOf = (id: string) => entityLabel(model, id);
  return (
    <div className="graph-controls" role="toolbar" aria-label="Graph controls">
      {focus && (
        <div className="hops" role="group" aria-label="Neighbourhood size">
          <span>
            Focus:{' '}
            <strong>
              <bdi>{labelOf(focus)}</bdi>
            </strong>
          </span>
          <button
            type="button"
            aria-label="Fewer hops"
            disabled={hops <= MIN_HOPS}
            onClick={() => setHops(hops - 1)}
          >
            −
          </button>
          <span aria-live="polite">
            {hops} {hops === 1 ? 'hop' : 'hops'}
          </span>
          <button
            type="button"
            aria-label="More hops"
            disabled={hops >= MAX_HOPS}
            onClick={() => setHops(hops + 1)}
          >
            +
          </button>
          <button type="button" onClick={() => focusOn(null)}>
            Unfocus
          </button>
        </div>
      )}
      <button type="button" onClick={() => showAll()} disabled={!handBuilt}>
        Show all
      </button>
      <div className="zoom-controls" role="group" aria-label="Zoom">
        <button
          type="button"
          aria-label="Fit to screen"
          title="Fit to screen"
          onClick={() => {
            renderer?.fit();
            setViewport(null);
          }}
        >
          Fit
        </button>
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in"
          disabled={!renderer}
          onClick={() => renderer?.zoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out"
          disabled={!renderer}
          onClick={() => renderer?.zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
      </div>
      <button type="button" onClick={() => relayout(view.nodes.map((node) => node.id))}>
        Re-layout
      </button>
      {view.more.map((entry) => (
        <button key={entry.id} type="button" onClick={() => showMore(entry.id)}>
          Show {entry.moreCount} more of <bdi>{labelOf(entry.id)}</bdi>
        </button>
      ))}
    </div>
  );
}

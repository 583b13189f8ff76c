// How the page and the canvas talk: a person's taps and gestures become store actions that say
// they came from the canvas, and a new selection is centred unless that would move the graph away
// from what the person is looking at.
import { useEffect, useMemo } from 'react';
import type { Renderer, RendererHandlers } from '../../render/cytoscape/types';
import type { ViewChange } from '../../viewState/changes';
import type { ViewState } from '../../viewState/viewState';
import { useActions, useAppContext } from '../shared/appContext';

/** Pan and zoom reach the store once they rest this long: a gesture is one change of view. */
const VIEWPORT_DEBOUNCE_MS = 200;

/**
 * The renderer's handlers; `onHover` hears of the node under the pointer (null: none), `onHold`
 * of a long press, which selects what it is on and asks for its details.
 */
export function useCanvasHandlers(
  onHover?: (id: string | null) => void,
  onHold?: (id: string) => void,
): RendererHandlers {
  const actions = useActions();
  return useMemo<RendererHandlers>(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onCanvas = { origin: 'canvas' } as const;
    const pick = (id: string) => actions.select(id, onCanvas);
    return {
      tapNode: pick,
      tapEdge: pick,
      tapBackground: () => actions.select(null, onCanvas),
      doubleTapNode: (id) => actions.expand(id, onCanvas),
      holdElement: (id) => {
        pick(id);
        onHold?.(id);
      },
      hoverNode: (id) => onHover?.(id),
      viewportChange: (next) => {
        clearTimeout(timer);
        timer = setTimeout(() => actions.setViewport(next), VIEWPORT_DEBOUNCE_MS);
      },
    };
  }, [actions, onHover, onHold]);
}

/**
 * Whether the canvas centres on a new selection. Not when it was picked on the canvas: it is in
 * sight, and centring would move a node away from under the pointer between the two clicks of a
 * double-click. Not when a link restores a viewport: centring would move the graph away from what
 * its sender saw.
 */
export function centresOnSelection(change: ViewChange, view: ViewState): boolean {
  if (change.origin === 'canvas') return false;
  return !(change.origin === 'link' && view.viewport !== null);
}

/** Centres each new selection, as centresOnSelection says, once the renderer is there. */
export function useCentringOnSelection(renderer: Renderer | null, selected: string | null): void {
  const { store } = useAppContext();
  useEffect(() => {
    if (!selected || !renderer) return;
    const { lastChange, view } = store.getState();
    if (centresOnSelection(lastChange, view)) renderer.center(selected);
  }, [selected, renderer, store]);
}

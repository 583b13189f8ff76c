// The overview's context layer in the page: a canvas under cytoscape's that draws every entity the
// filters keep, follows cytoscape's viewport, and turns a tap on the background into the pick of
// the entity drawn there.
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import {
  createContextCanvas,
  followViewport,
  type ContextCanvas,
} from '../../render/context/contextCanvas';
import { pickAt } from '../../render/context/hitTest';
import type { ContextColouring, RenderContext } from '../../render/context/types';
import type { Renderer, RendererHandlers } from '../../render/cytoscape/types';
import { isHighlighted } from '../../render/scene/classes';
import { fitViewport } from '../../render/scene/fit';
import type { RenderScene, RenderViewport } from '../../render/scene/types';
import type { Theme } from '../../render/style/palette';

/** How far from a point a click still picks it, in CSS pixels. */
const PICK_TOLERANCE_PX = 6;

export interface ContextLayerOptions {
  scene: RenderScene;
  context: RenderContext | null;
  theme: Theme;
  colouring: ContextColouring;
  /** The viewport the page restores (a permalink), or null: fitted to the scene. */
  viewport: RenderViewport | null;
}

/** Draws the context layer in `containerRef`, and returns `handlers` with its picking added. */
export function useContextLayer(
  containerRef: RefObject<HTMLDivElement | null>,
  renderer: Renderer | null,
  options: ContextLayerOptions,
  handlers: RendererHandlers,
): RendererHandlers {
  const { scene, context, theme, colouring, viewport } = options;
  const layerRef = useRef<ContextCanvas | null>(null);
  const latest = useRef({ scene, context });
  latest.current = { scene, context };

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const layer = createContextCanvas(container);
    layerRef.current = layer;
    window.explorerContext = {
      clientPoints: () => clientPoints(container, latest.current.context, renderer ?? null),
    };
    return () => {
      layer.destroy();
      layerRef.current = null;
      delete window.explorerContext;
    };
    // The canvas lives as long as the container.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Where the layer was last told the view is: cytoscape's viewport once it follows one, before
  // that the viewport the first frame is drawn at (restored, or fitted to the scene).
  const shownRef = useRef<RenderViewport | null>(null);
  const veiled = useMemo(() => isHighlighted(scene), [scene]);
  useLayoutEffect(() => {
    const layer = layerRef.current;
    const container = containerRef.current;
    if (!layer || !container) return;
    const size = { width: container.clientWidth, height: container.clientHeight };
    const shown = shownRef.current ?? viewport ?? fitViewport(scene.nodes, size);
    if (!shown) return;
    layer.draw(context, { theme, colouring }, shown);
    // The restored viewport is applied by cytoscape, which the layer follows from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [context, theme, colouring]);

  useLayoutEffect(() => layerRef.current?.setVeiled(veiled), [veiled]);

  useEffect(() => {
    if (!renderer) return undefined;
    const container = containerRef.current;
    if (container) {
      window.explorerContext = {
        clientPoints: () => clientPoints(container, latest.current.context, renderer),
      };
    }
    return followViewport(renderer.cy, (next) => {
      shownRef.current = next;
      layerRef.current?.follow(next);
    });
  }, [renderer, containerRef]);

  return useMemo<RendererHandlers>(
    () => ({
      ...handlers,
      tapBackground: (at) => {
        const zoom = renderer?.getViewport().zoom ?? 1;
        const { scene: drawn, context: points } = latest.current;
        const id = pickAt(points, at, PICK_TOLERANCE_PX / zoom, drawn.nodes);
        if (id !== null) handlers.tapNode?.(id);
        else handlers.tapBackground?.(at);
      },
    }),
    [handlers, renderer],
  );
}

/** The context's points in sight, in page coordinates (for end-to-end tests). */
function clientPoints(
  container: HTMLElement,
  context: RenderContext | null,
  renderer: Renderer | null,
): { id: string; x: number; y: number }[] {
  if (!context || !renderer) return [];
  const { zoom, panX, panY } = renderer.getViewport();
  const box = container.getBoundingClientRect();
  const points: { id: string; x: number; y: number }[] = [];
  for (let p = 0; p < context.ids.length; p++) {
    const x = (context.x[p] ?? 0) * zoom + panX;
    const y = (context.y[p] ?? 0) * zoom + panY;
    if (x < 0 || y < 0 || x > box.width || y > box.height) continue;
    points.push({ id: context.ids[p] ?? '', x: box.left + x, y: box.top + y });
  }
  return points;
}

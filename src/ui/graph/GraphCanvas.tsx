// Thin React shell around the renderer: draws the first frame without it, creates it once, hands
// it each new scene, and reports what was painted (for the status line, tests and the benchmark).
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ContextColouring, RenderContext } from '../../render/context/types';
import type { Renderer, RendererHandlers } from '../../render/cytoscape/types';
import { drawStaticFrame } from '../../render/firstFrame/drawFrame';
import { fitScene } from '../../render/scene/fit';
import type { RenderScene, RenderViewport } from '../../render/scene/types';
import type { Theme } from '../../render/style/palette';
import { useContextLayer } from './useContextLayer';

/**
 * What the canvas reports as it comes up and draws, for the page's instrumentation: it sets no
 * mark and sends no event itself.
 */
export type CanvasEvent =
  /** The canvas is in the page (React has committed the panels around it). */
  | { type: 'mounted' }
  /** The first frame, drawn without cytoscape, has been painted. */
  | { type: 'first-frame' }
  /** cytoscape holds its first scene. */
  | { type: 'scene-applied' }
  /** cytoscape has drawn its first frame, which replaced the first one. */
  | { type: 'cytoscape-drawn' }
  /**
   * A scene has been painted: what was drawn (the scene and the context layer under it: nodes and
   * edges count both) and held (with the hidden ones kept).
   */
  | { type: 'rendered'; elements: number; resident: number; nodes: number; edges: number };

export interface GraphCanvasProps {
  scene: RenderScene;
  /** The overview's context layer: every entity the filters keep, under the scene. */
  context: RenderContext | null;
  colouring: ContextColouring;
  theme: Theme;
  large: boolean;
  /** Viewport to restore (from a permalink); null means fit the scene. */
  viewport: RenderViewport | null;
  handlers: RendererHandlers;
  onReady?: (renderer: Renderer | null) => void;
  onEvent?: (event: CanvasEvent) => void;
  label: string;
}

const VIEWPORT_TOLERANCE = 0.5;

function sameViewport(a: RenderViewport, b: RenderViewport): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < 0.001 &&
    Math.abs(a.panX - b.panX) < VIEWPORT_TOLERANCE &&
    Math.abs(a.panY - b.panY) < VIEWPORT_TOLERANCE
  );
}

function GraphCanvasImpl({
  scene,
  context,
  colouring,
  theme,
  large,
  viewport,
  handlers,
  onReady,
  onEvent,
  label,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const firstFrameRef = useRef<HTMLCanvasElement | null>(null);
  const [renderer, setRenderer] = useState<Renderer | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const firstApply = useRef(true);
  const pickingHandlers = useContextLayer(
    containerRef,
    renderer,
    { scene, context, theme, colouring, viewport },
    handlers,
  );
  if (failure) throw failure;

  // The first frame is drawn without cytoscape (see firstFrame/), then cytoscape is set up once
  // the browser has painted it, and takes over when its own first frame is drawn.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    onEvent?.({ type: 'mounted' });
    const canvas = document.createElement('canvas');
    canvas.className = 'first-frame';
    canvas.setAttribute('aria-hidden', 'true');
    container.append(canvas);
    firstFrameRef.current = canvas;

    let instance: Renderer | null = null;
    let unmounted = false;
    const frame = requestAnimationFrame(() => {
      onEvent?.({ type: 'first-frame' });
      // cytoscape is a chunk of its own, fetched and set up after this frame is painted.
      import('../../render/cytoscape/createRenderer')
        .then(({ createRenderer }) => {
          if (unmounted) return;
          instance = createRenderer({ container, theme, large });
          firstApply.current = true;
          setRenderer(instance);
          onReady?.(instance);
          // A read-only handle for end-to-end tests and the benchmark: where to click an element.
          const live = instance;
          window.explorerCanvas = { clientPositionOf: (id: string) => live.clientPositionOf(id) };
        })
        .catch((error: unknown) => {
          // Most likely a lost chunk (a network error, a deploy since the page loaded): the error
          // boundary says so, rather than leave a drawing that never answers.
          if (unmounted) return;
          const reason = error instanceof Error ? error.message : String(error);
          setFailure(
            new Error(`The graph's renderer could not be started; reload the page (${reason})`),
          );
        });
    });
    return () => {
      unmounted = true;
      cancelAnimationFrame(frame);
      canvas.remove();
      firstFrameRef.current = null;
      if (!instance) return;
      delete window.explorerCanvas;
      onReady?.(null);
      instance.destroy();
      setRenderer(null);
    };
    // The instance lives as long as the component: theme and handlers are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Until cytoscape is ready, what changes is drawn on the first frame's canvas.
  useLayoutEffect(() => {
    const canvas = firstFrameRef.current;
    const container = containerRef.current;
    if (renderer || !canvas || !container) return;
    const size = { width: container.clientWidth, height: container.clientHeight };
    const pixelRatio = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.width * pixelRatio);
    canvas.height = Math.round(size.height * pixelRatio);
    const context = canvas.getContext('2d');
    const shown = viewport ?? fitScene(scene, size);
    if (!context || !shown) return;
    drawStaticFrame(context, scene, { size, viewport: shown, theme, large, pixelRatio });
  }, [renderer, scene, theme, large, viewport]);

  useEffect(() => {
    renderer?.setTheme(theme);
  }, [renderer, theme]);

  useEffect(() => {
    renderer?.setHandlers(pickingHandlers);
  }, [renderer, pickingHandlers]);

  useEffect(() => {
    if (!renderer) return undefined;
    // A view without a viewport of its own is fitted, also after a re-layout moved its nodes.
    const stats = renderer.apply(scene, { fit: viewport === null });
    if (firstApply.current) {
      firstApply.current = false;
      if (viewport) renderer.setViewport(viewport);
      else renderer.fit();
      onEvent?.({ type: 'scene-applied' });
      // cytoscape draws in its own animation frame: the first frame gives way once it has.
      renderer.onceDrawn(() => {
        onEvent?.({ type: 'cytoscape-drawn' });
        firstFrameRef.current?.remove();
        firstFrameRef.current = null;
      });
    }
    const frame = requestAnimationFrame(() => {
      onEvent?.({
        type: 'rendered',
        elements: stats.elements,
        resident: stats.resident,
        // The context layer draws every entity of the overview, the scene's among them.
        nodes: context ? context.ids.length : scene.nodes.length,
        edges: context ? context.links.length / 2 : scene.edges.length,
      });
    });
    return () => cancelAnimationFrame(frame);
    // The viewport is applied on the first scene only; later ones come from the viewport effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [renderer, scene, context]);

  useEffect(() => {
    if (!renderer || !viewport || firstApply.current) return;
    if (!sameViewport(renderer.getViewport(), viewport)) renderer.setViewport(viewport);
  }, [renderer, viewport]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      aria-label={label}
      data-testid="graph-canvas"
    />
  );
}

export const GraphCanvas = memo(GraphCanvasImpl);

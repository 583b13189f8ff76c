// Thin React shell around the renderer: creates it once, hands it each new scene, and reports
// what was painted (for the status line, tests and the benchmark).
import { memo, useEffect, useRef } from 'react';
import {
  createRenderer,
  type RenderScene,
  type Renderer,
  type RendererHandlers,
  type RenderViewport,
} from './createRenderer';
import type { Theme } from './palette';

export interface GraphCanvasProps {
  scene: RenderScene;
  theme: Theme;
  large: boolean;
  /** Viewport to restore (from a permalink); null means fit the scene. */
  viewport: RenderViewport | null;
  handlers: RendererHandlers;
  onReady?: (renderer: Renderer | null) => void;
  label: string;
}

const VIEWPORT_TOLERANCE = 0.5;

declare global {
  interface Window {
    explorerCanvas?: { clientPositionOf(id: string): { x: number; y: number } | null };
  }
}

function sameViewport(a: RenderViewport, b: RenderViewport): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < 0.001 &&
    Math.abs(a.panX - b.panX) < VIEWPORT_TOLERANCE &&
    Math.abs(a.panY - b.panY) < VIEWPORT_TOLERANCE
  );
}

function GraphCanvasImpl({
  scene,
  theme,
  large,
  viewport,
  handlers,
  onReady,
  label,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<Renderer | null>(null);
  const firstApply = useRef(true);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    // Start-up marks for the benchmark: React has committed the panels; then the scene is applied.
    performance.mark('explorer:canvas');
    const renderer = createRenderer({ container, theme, large });
    rendererRef.current = renderer;
    firstApply.current = true;
    onReady?.(renderer);
    // A read-only handle for end-to-end tests and the benchmark: where to click to hit an element.
    window.explorerCanvas = {
      clientPositionOf: (id: string) => {
        const point = renderer.renderedPositionOf(id);
        if (!point) return null;
        const box = container.getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      },
    };
    return () => {
      delete window.explorerCanvas;
      onReady?.(null);
      renderer.destroy();
      rendererRef.current = null;
    };
    // The instance lives as long as the component: theme and handlers are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    rendererRef.current?.setTheme(theme);
  }, [theme]);

  useEffect(() => {
    rendererRef.current?.setHandlers(handlers);
  }, [handlers]);

  useEffect(() => {
    const renderer = rendererRef.current;
    if (!renderer) return undefined;
    const stats = renderer.apply(scene);
    if (firstApply.current) {
      firstApply.current = false;
      if (viewport) renderer.setViewport(viewport);
      else renderer.fit();
      performance.mark('explorer:scene-applied');
    }
    const frame = requestAnimationFrame(() => {
      if (!performance.getEntriesByName('explorer:first-render').length) {
        performance.mark('explorer:first-render');
      }
      window.dispatchEvent(
        new CustomEvent('explorer:rendered', {
          detail: {
            elements: stats.elements,
            nodes: scene.nodes.length,
            edges: scene.edges.length,
          },
        }),
      );
    });
    return () => cancelAnimationFrame(frame);
    // The viewport is applied on the first scene only; later ones come from the viewport effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scene]);

  useEffect(() => {
    const renderer = rendererRef.current;
    if (!renderer || !viewport || firstApply.current) return;
    if (!sameViewport(renderer.getViewport(), viewport)) renderer.setViewport(viewport);
  }, [viewport]);

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

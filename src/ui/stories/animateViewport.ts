// A step's move to its view: the viewport glides there briefly (none with reduced motion). The
// renderer reports only a person's gestures, so these frames never reach the store or the URL.
import type { Renderer } from '../../render/cytoscape/types';
import { fitViewport } from '../../render/scene/fit';
import type { RenderViewport } from '../../render/scene/types';

export const STEP_MOVE_MS = 400;

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Where a step's drawing is seen whole: fitted to the canvas. */
export function stepTarget(
  renderer: Renderer,
  nodes: readonly { x: number; y: number }[],
): RenderViewport | null {
  const size = { width: renderer.cy.width(), height: renderer.cy.height() };
  return size.width > 0 && size.height > 0 ? fitViewport(nodes, size) : null;
}

/** Moves the viewport to `target`; returns a function that stops the move where it is. */
export function animateViewport(
  renderer: Renderer,
  target: RenderViewport,
  ms: number,
): () => void {
  if (ms <= 0) {
    renderer.setViewport(target);
    return () => {};
  }
  const from = renderer.getViewport();
  const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
  const start = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / ms);
    const e = easeInOut(t);
    renderer.setViewport({
      zoom: lerp(from.zoom, target.zoom, e),
      panX: lerp(from.panX, target.panX, e),
      panY: lerp(from.panY, target.panY, e),
    });
    if (t < 1) frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}

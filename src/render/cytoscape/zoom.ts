// Zooming by wheel and by the zoom buttons. cytoscape's own wheel zoom moves about 3% per notch of
// a mouse wheel (it divides a notch's delta by the device's step), which people found slow; its
// wheelSensitivity option warns on the console. So wheel events over the canvas are taken before
// cytoscape sees them and zoom at a set rate per pixel scrolled; pinches on a touch screen stay
// cytoscape's.
import type { Core } from 'cytoscape';
import type { CanvasSize } from '../scene/types';

/** Zoom per pixel of wheel scrolled: a mouse notch (100 px) zooms by 20%. */
const ZOOM_PER_PIXEL = Math.log(1.2) / 100;
/** A trackpad pinch arrives as a wheel with ctrlKey and small deltas: faster per pixel. */
const PINCH_ZOOM_PER_PIXEL = ZOOM_PER_PIXEL * 5;
/** Pixels per line and per page, for wheels that scroll by lines (Firefox) or pages. */
const LINE_PIXELS = 16;
const PAGE_PIXELS = 800;
/** What each zoom button multiplies the zoom by. */
export const ZOOM_STEP = 1.4;

/** Zooms by `factor` about a point of the canvas (rendered pixels), within cytoscape's limits. */
export function zoomAbout(cy: Core, factor: number, at: { x: number; y: number }): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: at });
}

/** Zooms by `factor` about the canvas's centre. */
export function zoomCentred(cy: Core, factor: number, size: CanvasSize): void {
  zoomAbout(cy, factor, { x: size.width / 2, y: size.height / 2 });
}

/** The zoom factor for a wheel event. */
export function wheelZoomFactor(event: {
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}): number {
  const unit = event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? PAGE_PIXELS : 1;
  const rate = event.ctrlKey ? PINCH_ZOOM_PER_PIXEL : ZOOM_PER_PIXEL;
  return Math.exp(-event.deltaY * unit * rate);
}

/**
 * Takes wheel events over `container` before cytoscape's own listener (which is on the container:
 * this one listens on the window, in the capture phase), zooms about the pointer and reports it
 * as cytoscape's `scrollzoom`. Returns the function that stops listening.
 */
export function takeOverWheel(cy: Core, container: HTMLElement): () => void {
  const onWheel = (event: WheelEvent) => {
    if (!(event.target instanceof Node) || !container.contains(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.deltaY === 0 || !cy.userZoomingEnabled()) return;
    const box = container.getBoundingClientRect();
    zoomAbout(cy, wheelZoomFactor(event), {
      x: event.clientX - box.left,
      y: event.clientY - box.top,
    });
    cy.emit('scrollzoom');
  };
  window.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => window.removeEventListener('wheel', onWheel, { capture: true });
}

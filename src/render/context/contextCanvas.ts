// The context layer's canvas, under cytoscape's in the same container. While the viewport moves
// it follows with a CSS transform of what it last drew (a frame costs nothing), and redraws once
// the viewport has rested; cytoscape draws the interactive level of detail on top.
import type { Core } from 'cytoscape';
import { readViewport } from '../cytoscape/viewport';
import type { RenderViewport } from '../scene/types';
import type { Theme } from '../style/palette';
import { drawContext } from './drawContext';
import type { ContextColouring, RenderContext } from './types';

export interface ContextSettings {
  theme: Theme;
  colouring: ContextColouring;
}

export interface ContextCanvas {
  /** Draws `layer` (null: clears) at `viewport`, now. */
  draw(layer: RenderContext | null, settings: ContextSettings, viewport: RenderViewport): void;
  /** The selection veils the rest: the layer fades (its opacity: nothing is drawn again). */
  setVeiled(veiled: boolean): void;
  /** The viewport moved: follow it at once, redraw once it rests. */
  follow(viewport: RenderViewport): void;
  destroy(): void;
}

/** How much of the layer shows through when the selection veils it. */
const VEILED_OPACITY = 0.35;

/** How long the viewport rests before the layer is drawn again at its new scale. */
const REDRAW_AFTER_MS = 120;

export function createContextCanvas(container: HTMLElement): ContextCanvas {
  const canvas = document.createElement('canvas');
  canvas.className = 'context-layer';
  canvas.setAttribute('aria-hidden', 'true');
  container.prepend(canvas);
  let layer: RenderContext | null = null;
  let settings: ContextSettings | null = null;
  let drawnAt: RenderViewport | null = null;
  let latest: RenderViewport | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A resized container (the panels, the window) stretches the bitmap until it is drawn again.
  const resized =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (latest && canvas.width !== container.clientWidth * (window.devicePixelRatio || 1)) {
            paint(latest);
          }
        });
  resized?.observe(container);

  function paint(viewport: RenderViewport): void {
    clearTimeout(timer);
    canvas.style.transform = '';
    latest = viewport;
    const width = container.clientWidth;
    const height = container.clientHeight;
    const pixelRatio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) return;
    if (!layer || !settings) {
      drawnAt = null;
      return;
    }
    drawContext(context, layer, {
      size: { width, height },
      viewport,
      pixelRatio,
      theme: settings.theme,
      colouring: settings.colouring,
    });
    drawnAt = viewport;
  }

  return {
    draw(nextLayer, nextSettings, viewport) {
      layer = nextLayer;
      settings = nextSettings;
      paint(viewport);
    },
    setVeiled(veiled) {
      canvas.style.opacity = veiled ? String(VEILED_OPACITY) : '';
    },
    follow(viewport) {
      latest = viewport;
      if (!drawnAt) return;
      const scale = viewport.zoom / drawnAt.zoom;
      const dx = viewport.panX - drawnAt.panX * scale;
      const dy = viewport.panY - drawnAt.panY * scale;
      canvas.style.transform = `translate(${dx}px, ${dy}px) scale(${scale})`;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (latest) paint(latest);
      }, REDRAW_AFTER_MS);
    },
    destroy() {
      clearTimeout(timer);
      resized?.disconnect();
      canvas.remove();
    },
  };
}

/** Calls `onChange` with cytoscape's viewport whenever it pans or zooms; returns the unsubscribe. */
export function followViewport(cy: Core, onChange: (viewport: RenderViewport) => void): () => void {
  const listener = () => onChange(readViewport(cy));
  cy.on('viewport', listener);
  return () => {
    cy.removeListener('viewport', listener);
  };
}

// The renderer's contract: what the page may ask of the cytoscape adapter. It draws a scene
// (render/scene) and reports a person's gestures; it knows nothing of the store or React.
import type { Core } from 'cytoscape';
import type { PictureUnderlay } from '../context/pictureWithContext';
import type { CaptionDrawing } from '../scene/captionLayout';
import type { RenderScene, RenderViewport } from '../scene/types';
import type { Theme } from '../style/palette';

export interface RendererHandlers {
  tapNode?: (id: string) => void;
  tapEdge?: (id: string) => void;
  /** A tap on no element, at `at` (model coordinates): the context layer may hold an entity there. */
  tapBackground?: (at: { x: number; y: number }) => void;
  doubleTapNode?: (id: string) => void;
  /** A long press on a node or an edge (a finger held still, or a held click). */
  holdElement?: (id: string) => void;
  /** The pointer came over a node (its id) or left it (null). */
  hoverNode?: (id: string | null) => void;
  viewportChange?: (viewport: RenderViewport) => void;
}

export interface ApplyStats {
  /** New elements. */
  added: number;
  /** Kept elements shown again. */
  revealed: number;
  /** Elements the scene dropped: hidden and kept, or removed once over the limit. */
  removed: number;
  /** Elements whose label or classes changed. */
  updated: number;
  /** Nodes drawn before whose position the scene changed (a re-layout): they glide there. */
  moved: number;
  /** What is drawn: the scene's nodes and edges. */
  elements: number;
  /** What cytoscape holds: the drawn elements and the hidden ones it keeps. */
  resident: number;
}

export interface ApplyOptions {
  /** Fit the view to the drawing once moved nodes have settled (the view has no viewport). */
  fit?: boolean;
}

export interface Renderer {
  apply(scene: RenderScene, options?: ApplyOptions): ApplyStats;
  setHandlers(handlers: RendererHandlers): void;
  setTheme(theme: Theme): void;
  fit(ids?: readonly string[]): void;
  center(id: string): void;
  /** Zooms by `factor` about the canvas's centre, as a person's zoom (reported as such). */
  zoomBy(factor: number): void;
  getViewport(): RenderViewport;
  setViewport(viewport: RenderViewport): void;
  /** Resolves once the nodes the last scene moved have settled (at once when none moved). */
  whenSettled(): Promise<void>;
  /** Where an element is drawn, in CSS pixels relative to the container (an edge: its midpoint). */
  renderedPositionOf(id: string): { x: number; y: number } | null;
  /** The same in the page's viewport (client) coordinates; null when not drawn or headless. */
  clientPositionOf(id: string): { x: number; y: number } | null;
  exportPng(background: string): Blob;
  /** The same picture with its caption: a title band above, legend, filters, sources, link below. */
  exportCaptionedPng(
    colours: { background: string; text: string },
    caption: CaptionDrawing,
  ): Promise<Blob>;
  /**
   * The overview's picture: the context layer's points under the interactive drawing, captioned
   * unless `caption` is null.
   */
  exportPngWithContext(
    colours: { background: string; text: string },
    caption: CaptionDrawing | null,
    underlay: PictureUnderlay,
  ): Promise<Blob>;
  /** The drawing as SVG, written from the drawn elements, with the caption unless it is null. */
  exportSvg(colours: { background: string; text: string }, caption: CaptionDrawing | null): string;
  /** Calls back once, after cytoscape has next drawn a frame. */
  onceDrawn(callback: () => void): void;
  destroy(): void;
  /** For adapter tests and the benchmark: the live instance. */
  readonly cy: Core;
}

export interface RendererOptions {
  container?: HTMLElement;
  theme: Theme;
  /** Large graphs hide edges and use textures while panning, so frames stay short. */
  large?: boolean;
  /** Headless instances (tests) have no canvas: the size node labels are placed in. */
  size?: { width: number; height: number };
}

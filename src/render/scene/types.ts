// The scene: what the renderer is asked to draw. A derived view is one (the view's nodes and
// edges have these fields); the adapter and the first frame both draw it.

export interface RenderNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  classes: readonly string[];
}

export interface RenderEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  width: number;
  classes: readonly string[];
}

export interface RenderScene {
  nodes: readonly RenderNode[];
  edges: readonly RenderEdge[];
}

export interface RenderViewport {
  zoom: number;
  panX: number;
  panY: number;
}

export interface CanvasSize {
  width: number;
  height: number;
}

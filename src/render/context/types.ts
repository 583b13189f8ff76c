// What the context layer draws: every entity the filters keep as a point, every kept relation
// between them as a line, and a name per large community. The view's context layer is one.

export interface RenderRegion {
  label: string;
  x: number;
  y: number;
}

export interface RenderContext {
  ids: readonly string[];
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Per point, an index into `typeNames`. */
  types: ArrayLike<number>;
  typeNames: readonly string[];
  /** Per point, its community; -1 for none. */
  communities: ArrayLike<number>;
  /** Pairs of point indices: [a0, b0, a1, b1, …]. */
  links: ArrayLike<number>;
  regions: readonly RenderRegion[];
}

export type ContextColouring = 'type' | 'community';

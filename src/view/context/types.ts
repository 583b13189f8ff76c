/** A named region of the overview: one Louvain community, labelled by its best-connected entity. */
export interface CommunityRegion {
  community: number;
  /** The best-connected entity's id and label (most relations; then by label). */
  id: string;
  label: string;
  /** Entities of the community drawn. */
  size: number;
  /** Where the label goes: the centroid of the community's drawn entities. */
  x: number;
  y: number;
}

/**
 * The overview's context layer: every entity and relation the filters leave, drawn as points and
 * lines under the interactive level of detail. Set only in the whole-graph view when the level of
 * detail left entities or relations out of the interactive drawing.
 */
export interface ContextLayer {
  /** Per point: the entity's id, position, type (index into `typeNames`) and community (-1: none). */
  ids: readonly string[];
  x: Float64Array;
  y: Float64Array;
  types: Uint8Array;
  typeNames: readonly string[];
  communities: Int32Array;
  /** The relations drawn, as pairs of point indices: [a0, b0, a1, b1, …]. */
  links: Uint32Array;
  /** Labelled regions, largest first. */
  regions: readonly CommunityRegion[];
}

// What cytoscape holds: the elements the scene draws, and those a scene dropped, hidden and kept
// (up to a limit) so that showing them again is a change of visibility rather than a new element.
// Also what the adapter remembers of each, to update only what changed.
import type {
  Collection,
  CollectionReturnValue,
  Core,
  SingularElementReturnValue,
} from 'cytoscape';
import { VEIL_ID } from '../scene/fit';

/**
 * How many hidden elements are kept. Showing a kept element again is a change of visibility;
 * adding it anew costs cytoscape its style, its measuring and its textures, twice as long on the
 * bundled corpus. Beyond the limit, those hidden longest are removed, so memory stays bounded.
 */
export const KEPT_HIDDEN_LIMIT = 2_000;

export interface Residents {
  /** What each element shows (drawn or hidden): its label, classes and so on, as one string. */
  readonly signatures: Map<string, string>;
  /**
   * Where the scene last put each node. A node is moved only when the scene moves it: one a
   * person dragged stays where they left it until the scene says otherwise.
   */
  readonly proposed: Map<string, { x: number; y: number }>;
  /** The hidden elements kept, those hidden longest first. */
  readonly hidden: Map<string, SingularElementReturnValue>;
  /** What the scene drew: neither the veil nor the hidden elements kept. */
  drawn(): Collection;
  isDrawn(element: CollectionReturnValue): boolean;
  /** Removes the hidden elements kept longest, beyond `limit` (a node takes its edges along). */
  dropHidden(limit: number): void;
  clear(): void;
}

export function createResidents(cy: Core): Residents {
  const signatures = new Map<string, string>();
  const proposed = new Map<string, { x: number; y: number }>();
  const hidden = new Map<string, SingularElementReturnValue>();
  return {
    signatures,
    proposed,
    hidden,
    drawn: () =>
      cy.elements().filter((element) => element.id() !== VEIL_ID && !hidden.has(element.id())),
    isDrawn: (element) => element.nonempty() && !hidden.has(element.id()),
    dropHidden(limit) {
      if (hidden.size <= limit) return;
      const dropped = cy.collection();
      let excess = hidden.size - limit;
      for (const element of hidden.values()) {
        if (excess-- <= 0) break;
        dropped.merge(element);
      }
      const withEdges = dropped.union(dropped.connectedEdges());
      withEdges.forEach((element) => {
        hidden.delete(element.id());
        signatures.delete(element.id());
        proposed.delete(element.id());
      });
      cy.remove(withEdges);
    },
    clear() {
      signatures.clear();
      proposed.clear();
      hidden.clear();
    },
  };
}

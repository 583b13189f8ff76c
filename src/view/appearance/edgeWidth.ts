/**
 * Edge width grows with independent origins: 1 → 1.5, 2 → 3, 3 or more → 4.5. Three articles
 * relaying one report are one origin, so they draw no thicker than one. (0: headline-only.)
 */
export function measureEdgeWidth(origins: number): number {
  return 1.5 * Math.min(3, Math.max(1, origins));
}

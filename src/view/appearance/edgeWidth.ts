/** Edge width grows with corroboration: 1 source → 1.5, 2 → 3, 3 or more → 4.5. */
export function measureEdgeWidth(corroboration: number): number {
  return 1.5 * Math.min(3, Math.max(1, corroboration));
}

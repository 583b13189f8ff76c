// The read-only handle the canvas puts on window (GraphCanvas) for the end-to-end tests and the
// benchmark: where on the page to click an element. Both TypeScript projects include this file.
interface Window {
  explorerCanvas?: { clientPositionOf(id: string): { x: number; y: number } | null };
  /** The context layer's points in sight, where they are on the page (GraphCanvas's context layer). */
  explorerContext?: { clientPoints(): { id: string; x: number; y: number }[] };
}

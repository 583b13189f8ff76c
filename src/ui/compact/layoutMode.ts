// Which arrangement of the explorer fits the window (issue 17, "Every screen"): three columns on a
// desktop, the graph beside one column of tabbed panels on a tablet, and on a phone the graph first,
// full width, with the panels as tabs below it.

export const LAYOUT_MODES = ['phone', 'tablet', 'desktop'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

/** Up to this width (CSS px) a window is a phone's. */
export const PHONE_MAX_WIDTH = 600;
/** Up to this width, a tablet's: the three columns do not fit. */
export const TABLET_MAX_WIDTH = 1100;
/**
 * A window this low (a phone on its side) cannot hold the graph beside the panels at a usable
 * height: it stacks them as a phone does, and the page scrolls.
 */
export const LANDSCAPE_PHONE_MAX_HEIGHT = 500;

export function layoutModeFor(width: number, height: number): LayoutMode {
  if (width <= PHONE_MAX_WIDTH) return 'phone';
  if (width <= TABLET_MAX_WIDTH) return height <= LANDSCAPE_PHONE_MAX_HEIGHT ? 'phone' : 'tablet';
  return 'desktop';
}

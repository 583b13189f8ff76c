// The panels of the phone and tablet layouts, as tabs (WAI-ARIA tabs pattern): which there are,
// which is open first, and where the arrow keys move.
import type { LayoutMode } from './layoutMode';

export const PANEL_TABS = [
  'details',
  'entities',
  'filters',
  'reader',
  'timeline',
  'paths',
] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export const PANEL_TAB_LABELS: Readonly<Record<PanelTab, string>> = {
  details: 'Details',
  entities: 'Entities',
  filters: 'Filters',
  reader: 'Reader',
  timeline: 'Timeline',
  paths: 'Paths',
};

/** A tablet keeps the timeline under the graph; a phone has no room for it there. */
export function panelTabsFor(mode: LayoutMode): readonly PanelTab[] {
  return mode === 'phone' ? PANEL_TABS : PANEL_TABS.filter((tab) => tab !== 'timeline');
}

/** The tab a page opens on: what its link shows (a source being read, a selection), else the list. */
export function initialPanelTab(view: {
  selected: string | null;
  readerSource: string | null;
}): PanelTab {
  if (view.readerSource !== null) return 'reader';
  if (view.selected !== null) return 'details';
  return 'entities';
}

/**
 * The tab a key moves to from `current` in a horizontal tab list: the arrows wrap round, Home and
 * End go to the ends; null for a key that does not move.
 */
export function moveTab(
  key: string,
  current: PanelTab,
  tabs: readonly PanelTab[],
): PanelTab | null {
  if (tabs.length === 0) return null;
  const index = Math.max(0, tabs.indexOf(current));
  const count = tabs.length;
  switch (key) {
    case 'ArrowRight':
      return tabs[(index + 1) % count] ?? null;
    case 'ArrowLeft':
      return tabs[(index - 1 + count) % count] ?? null;
    case 'Home':
      return tabs[0] ?? null;
    case 'End':
      return tabs[count - 1] ?? null;
    default:
      return null;
  }
}

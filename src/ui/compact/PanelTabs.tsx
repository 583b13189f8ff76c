// The panels of the phone and tablet layouts as tabs (WAI-ARIA tabs, activated as focus moves):
// every panel stays mounted and keeps its place, only the open one is shown.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { PANEL_TAB_LABELS, moveTab, type PanelTab } from './panelTabs';

export interface PanelTabsProps {
  tabs: readonly { id: PanelTab; content: ReactNode }[];
  open: PanelTab;
  onOpen: (tab: PanelTab) => void;
  /**
   * Counts requests to bring the open panel into sight (its details asked for from the graph, a
   * quote opened in the reader): each new value scrolls the panel into view.
   */
  reveal: number;
}

const tabId = (tab: PanelTab) => `panel-tab-${tab}`;
const panelId = (tab: PanelTab) => `panel-${tab}`;

export function PanelTabs({ tabs, open, onOpen, reveal }: PanelTabsProps) {
  const tabListRef = useRef<HTMLDivElement>(null);
  const panelsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (reveal === 0) return;
    const panel = panelsRef.current?.querySelector<HTMLElement>(`#${panelId(open)}`);
    // The tab list too: the person sees which panel this is, and can go on to the others.
    tabListRef.current?.scrollIntoView({ block: 'start' });
    panel?.focus({ preventScroll: true });
    // Only a new request moves the page: switching tabs by hand does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = moveTab(
      event.key,
      open,
      tabs.map((tab) => tab.id),
    );
    if (next === null) return;
    event.preventDefault();
    onOpen(next);
    document.getElementById(tabId(next))?.focus();
  }

  return (
    <section
      className="panel-tabs"
      id="explorer-panels"
      tabIndex={-1}
      aria-label="Details, lists and filters"
    >
      <div
        ref={tabListRef}
        className="panel-tablist"
        role="tablist"
        aria-label="Panels"
        onKeyDown={onKeyDown}
      >
        {tabs.map(({ id }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabId(id)}
            aria-selected={id === open}
            aria-controls={panelId(id)}
            tabIndex={id === open ? 0 : -1}
            onClick={() => onOpen(id)}
          >
            {PANEL_TAB_LABELS[id]}
          </button>
        ))}
      </div>
      <div ref={panelsRef} className="panel-tabpanels">
        {tabs.map(({ id, content }) => (
          <div
            key={id}
            role="tabpanel"
            id={panelId(id)}
            className={`panel-tabpanel panel-${id}`}
            aria-labelledby={tabId(id)}
            hidden={id !== open}
            // The panel scrolls on a tablet: the keyboard must be able to reach it (and to scroll it).
            tabIndex={0}
          >
            {content}
          </div>
        ))}
      </div>
    </section>
  );
}

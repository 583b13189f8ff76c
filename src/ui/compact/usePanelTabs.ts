// Which panel is open on a phone or tablet: UI state of this page, never in the link. A page opens
// on what its link shows; a source opened in the reader (a quote's "Show in source", a story's
// citation, the sources list) brings the reader's tab forward, since there is nowhere else it shows.
import { useCallback, useEffect, useState } from 'react';
import { useAppContext } from '../shared/appContext';
import { initialPanelTab, type PanelTab } from './panelTabs';

export interface PanelTabsState {
  open: PanelTab;
  /** Opens a tab, as its tab does. */
  setOpen: (tab: PanelTab) => void;
  /** Opens a tab and brings it into sight (see PanelTabs' `reveal`). */
  show: (tab: PanelTab) => void;
  reveal: number;
}

export function usePanelTabs(): PanelTabsState {
  const { store } = useAppContext();
  const [open, setOpen] = useState<PanelTab>(() => initialPanelTab(store.getState().view));
  const [reveal, setReveal] = useState(0);
  const show = useCallback((tab: PanelTab) => {
    setOpen(tab);
    setReveal((count) => count + 1);
  }, []);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const now = state.view;
        const before = previous.view;
        if (now.readerSource === null) return;
        const opened =
          now.readerSource !== before.readerSource ||
          now.readerStart !== before.readerStart ||
          now.readerEnd !== before.readerEnd;
        if (!opened) return;
        // A person asked for it: bring it into sight. Back, forward or a link only open the tab.
        if (state.lastChange.origin === 'control') show('reader');
        else setOpen('reader');
      }),
    [store, show],
  );

  return { open, setOpen, show, reveal };
}

// Page-wide keys that do not steal typing: "+" / "-" change the focus neighbourhood,
// "f" focuses the selection, Escape clears it.
import { useEffect } from 'react';
import { MAX_HOPS, MIN_HOPS } from '../../viewState/viewState';
import { useAppContext } from './appContext';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function useKeyboardShortcuts(): void {
  const { store } = useAppContext();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return;
      const state = store.getState();
      const { view } = state;
      if ((event.key === '+' || event.key === '=') && view.focus) {
        state.setHops(Math.min(MAX_HOPS, view.hops + 1));
      } else if ((event.key === '-' || event.key === '_') && view.focus) {
        state.setHops(Math.max(MIN_HOPS, view.hops - 1));
      } else if (event.key === 'f' && view.selected) {
        state.focus(view.selected);
      } else if (event.key === 'Escape' && view.selected) {
        state.select(null);
      } else {
        return;
      }
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

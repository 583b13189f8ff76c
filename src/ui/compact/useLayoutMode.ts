// The layout mode of the window, following it as it is resized or a phone is turned.
import { useSyncExternalStore } from 'react';
import { layoutModeFor, type LayoutMode } from './layoutMode';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const currentMode = (): LayoutMode => layoutModeFor(window.innerWidth, window.innerHeight);

export function useLayoutMode(): LayoutMode {
  return useSyncExternalStore(subscribe, currentMode, () => 'desktop');
}

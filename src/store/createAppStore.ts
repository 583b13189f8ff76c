// The store factory. No singleton: the composition root makes one store and hands it to React
// (through AppContext) and to the URL sync; tests make as many as they like.
import { createStore } from 'zustand/vanilla';
import { sanitizeViewState } from '../viewState/canonical';
import type { ViewState } from '../viewState/viewState';
import type { AppState, AppStore, StoryPosition } from './types';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';

export interface InitialAppState {
  /** The view the page opens with (its origin is 'link'). A decoded view is canonical already. */
  view?: ViewState;
  /** The story the page opens in, checked by the caller. */
  story?: StoryPosition | null;
}

export function createAppStore(initial: InitialAppState = {}): AppStore {
  return createStore<AppState>()((...a) => {
    const state: AppState = { ...createViewSlice(...a), ...createUiSlice(...a) };
    if (initial.view) state.view = sanitizeViewState(initial.view);
    if (initial.story) state.story = initial.story;
    return state;
  });
}

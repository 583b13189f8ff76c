// The store factory. No singleton: the composition root makes one store and hands it to React
// (through AppStoreContext) and to the URL sync; tests make as many as they like.
import { createStore } from 'zustand/vanilla';
import { sanitizeViewState } from '../viewState/canonical';
import type { ViewState } from '../viewState/viewState';
import type { AppState, AppStore, LoadingStatus } from './types';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';

export interface InitialAppState {
  view?: ViewState;
  searchQuery?: string;
  loading?: LoadingStatus;
}

export function createAppStore(initial: InitialAppState = {}): AppStore {
  return createStore<AppState>()((...a) => {
    const state: AppState = { ...createViewSlice(...a), ...createUiSlice(...a) };
    if (initial.view) state.view = sanitizeViewState(initial.view);
    if (initial.searchQuery !== undefined) state.searchQuery = initial.searchQuery;
    if (initial.loading) state.loading = { ...initial.loading };
    return state;
  });
}

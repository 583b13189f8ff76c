// The composition root hands the UI one model and one store; components read both through
// these hooks, always via selectors.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { GraphModel } from '../model/types';
import type { AppState, AppStore } from '../store/types';

export interface AppContextValue {
  model: GraphModel;
  store: AppStore;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext must be used inside <AppContext.Provider>');
  return value;
}

export function useModel(): GraphModel {
  return useAppContext().model;
}

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

export function useActions(): AppState {
  return useAppContext().store.getState();
}

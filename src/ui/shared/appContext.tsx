// The composition root hands the UI one model and one store; components read both through
// these hooks, always via selectors.
import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { GraphModel } from '../../model/types';
import type { SourceText } from '../../schema/compiledGraph';
import type { AppState, AppStore } from '../../store/types';

/** The source texts: a file of their own, fetched once, when the reader first opens. */
export type SourceTextsResult =
  { type: 'ok'; texts: Readonly<Record<string, SourceText>> } | { type: 'error'; message: string };

export interface AppContextValue {
  model: GraphModel;
  store: AppStore;
  loadSourceTexts: () => Promise<SourceTextsResult>;
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

export type SourceTextState =
  { type: 'loading' } | { type: 'ok'; text: SourceText } | { type: 'error'; message: string };

/**
 * One source's text and mentions, loading the texts the first time any is asked for, and again
 * when a new graph brings a new loader (the text shown meanwhile is the one loaded before).
 */
export function useSourceText(sourceId: string | null): SourceTextState {
  const { loadSourceTexts } = useAppContext();
  const [loaded, setLoaded] = useState<{
    from: AppContextValue['loadSourceTexts'];
    result: SourceTextsResult;
  } | null>(null);
  useEffect(() => {
    if (sourceId === null) {
      // Closing the reader after a failure lets the next opening try again.
      setLoaded((previous) => (previous?.result.type === 'error' ? null : previous));
      return undefined;
    }
    if (loaded !== null && loaded.from === loadSourceTexts) return undefined;
    let cancelled = false;
    void loadSourceTexts().then((result) => {
      if (!cancelled) setLoaded({ from: loadSourceTexts, result });
    });
    return () => {
      cancelled = true;
    };
  }, [loadSourceTexts, sourceId, loaded]);
  const result = loaded?.result ?? null;
  if (result === null) return { type: 'loading' };
  if (result.type === 'error') return result;
  const text = sourceId === null ? undefined : result.texts[sourceId];
  return text
    ? { type: 'ok', text }
    : { type: 'error', message: `the texts file has no text for the source "${sourceId}"` };
}

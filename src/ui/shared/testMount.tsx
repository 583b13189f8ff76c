// jsdom tests: mounts a component as the app does, with the model and a fresh store in context.
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { GraphModel } from '../../model';
import { createAppStore } from '../../store/createAppStore';
import type { AppStore } from '../../store/types';
import { AppContext, type SourceTextsResult } from './appContext';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLDivElement;
  store: AppStore;
  unmount(): void;
}

export function mountInApp(
  model: GraphModel,
  element: ReactElement,
  loadSourceTexts: () => Promise<SourceTextsResult> = () =>
    Promise.resolve({ type: 'error', message: 'no texts in this test' }),
): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const store = createAppStore();
  act(() =>
    root.render(
      <AppContext.Provider value={{ model, store, loadSourceTexts }}>
        {element}
      </AppContext.Provider>,
    ),
  );
  return {
    container,
    store,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

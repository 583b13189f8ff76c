// Composition root, loaded by the entry module once the graph's download has started: parse the
// graph → build the model → decode the URL → hydrate the store → start URL sync → render.
// First: it must run before any zod schema is built (see the module).
import './configureZod';
import { CORPUS_FILE, corpusDownload, onCorpusProgress } from './corpusRequest';
import { createCanvasReporter, markStartup } from './instrumentation';
import { downloadText } from './downloadText';
import { onCorpusUpdated } from './hotCorpus';
import { fetchTexts, parseCorpus } from './loadCorpus';
import { describeLoading, SHOW_READING_FROM_CHARS, type LoadingStep } from './loadingProgress';
import { StrictMode, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { loadModel } from '../model/loadModel';
import { CorruptGraphError } from '../model/types';
import type { CanvasEvent } from '../ui/graph/GraphCanvas';
import type { GraphModel } from '../model/types';
import { createAppStore } from '../store/createAppStore';
import type { AppStore } from '../store/types';
import { decodeViewState } from '../url/codec';
import { startUrlSync } from '../url/historySync';
import { decodeContextFor as contextFor } from '../url/modelContext';
import { App } from '../ui/App';
import { AppContext, type SourceTextsResult } from '../ui/shared/appContext';
import { textsFileFor, type CompiledGraph } from '../schema/compiledGraph';
import { ErrorBoundary } from '../ui/shared/ErrorBoundary';
import { afterNextPaint } from '../ui/shared/afterNextPaint';
import { LoadingSplash } from '../ui/LoadingSplash';
import { describeDecodeResult } from '../url/describe';
import { rebaseView } from '../url/rebaseView';
import { decodeStoryLink } from '../url/storyKeys';
import { landOnLink } from '../ui/stories/storySteps';

// Every import above is evaluated: the app's code has arrived (a start-up mark, see corpusRequest).
markStartup('app-loaded');

type Phase =
  | { type: 'loading'; step: LoadingStep }
  | { type: 'error'; title: string; errors: string[] }
  | { type: 'empty' }
  | {
      type: 'ready';
      model: GraphModel;
      store: AppStore;
      embed: boolean;
      loadSourceTexts: () => Promise<SourceTextsResult>;
      onCanvasEvent: (event: CanvasEvent) => void;
    };

function Bootstrap() {
  const [phase, setPhase] = useState<Phase>({
    type: 'loading',
    step: { type: 'download', received: 0, total: null },
  });

  useEffect(() => {
    let cancelled = false;
    let stopSync: (() => void) | undefined;
    // `npm run dev` only: the dev server has a new graph. Until one is shown (loading, empty, an
    // error), the page loads again; once it is, the new graph is swapped in (below).
    let onUpdate = () => window.location.reload();
    const stopUpdates = onCorpusUpdated(() => {
      if (!cancelled) onUpdate();
    });
    const stopProgress = onCorpusProgress((_fraction, received, total) => {
      if (!cancelled) setPhase({ type: 'loading', step: { type: 'download', received, total } });
    });
    void corpusDownload
      .then(async (download) => {
        // Reading a large file blocks the page: say so first, and let that be drawn.
        if (download.type === 'ok' && download.text.length >= SHOW_READING_FROM_CHARS) {
          stopProgress();
          if (cancelled) return parseCorpus(download);
          flushSync(() =>
            setPhase({ type: 'loading', step: { type: 'read', bytes: download.text.length } }),
          );
          await new Promise<void>((resolve) => afterNextPaint(resolve));
        }
        return parseCorpus(download);
      })
      .then((result) => {
        markStartup('parsed');
        if (cancelled) return;
        if (result.type === 'error') {
          setPhase(result);
          return;
        }
        if (result.graph.nodes.length === 0) {
          setPhase({ type: 'empty' });
          return;
        }
        const model = loadModel(result.graph);
        markStartup('model');
        const onCanvasEvent = createCanvasReporter(() =>
          warmUpAfterFirstDrawing(model, (error) => {
            if (!cancelled) setPhase(cannotShow(error));
          }),
        );
        const decoded = decodeViewState(window.location.search, contextFor(model));
        const storyLink = decodeStoryLink(window.location.search);
        const landed = landOnLink(model.stories, storyLink, decoded.state, contextFor(model));
        const store = createAppStore({ view: landed.view, story: landed.story });
        for (const notice of [...describeDecodeResult(decoded), ...landed.notices]) {
          store.getState().addNotice(notice);
        }
        // The model of the moment: the dev server may swap in a new one (below).
        let current = model;
        stopSync = startUrlSync(store, window, { context: () => contextFor(current) });
        setPhase({
          type: 'ready',
          model,
          store,
          embed: decoded.flags.embed,
          loadSourceTexts: textsLoaderFor(result.graph),
          onCanvasEvent,
        });
        // `npm run dev` only: a new compiled graph is a new input at the top. The view is read
        // again against it as a stale link would be, and the app renders the new model with it.
        let updates = 0;
        onUpdate = () => {
          const update = (updates += 1);
          void downloadText(CORPUS_FILE, () => undefined)
            .then((download) => {
              // A later update is on its way: it wins.
              if (cancelled || update !== updates) return;
              const next = parseCorpus(download);
              if (next.type === 'error' || next.graph.nodes.length === 0) {
                // The errors (or the empty corpus) are shown by the page as it loads.
                window.location.reload();
                return;
              }
              const nextModel = loadModel(next.graph);
              current = nextModel;
              const { view, story, showStory, addNotice } = store.getState();
              const rebased = rebaseView(view, story, nextModel);
              // One render: the new model with the view read against it, never one without the
              // other.
              flushSync(() => {
                showStory(rebased.story, rebased.view, { origin: 'continuous' });
                setPhase((phase) =>
                  phase.type === 'ready'
                    ? { ...phase, model: nextModel, loadSourceTexts: textsLoaderFor(next.graph) }
                    : phase,
                );
              });
              for (const notice of rebased.notices) addNotice(notice);
            })
            .catch((error: unknown) => {
              if (!cancelled) setPhase(cannotShow(error));
            });
        };
      })
      .catch((error: unknown) => {
        // A graph that passes validation can still fail to load (e.g. an edge to a missing node):
        // say so rather than spin on "Loading" forever.
        if (!cancelled) setPhase(cannotShow(error));
      });
    return () => {
      cancelled = true;
      stopProgress();
      stopSync?.();
      stopUpdates();
    };
  }, []);

  switch (phase.type) {
    case 'loading':
      return <LoadingSplash {...describeLoading(phase.step)} />;
    case 'error':
      return (
        <main className="splash" role="alert">
          <h1>{phase.title}</h1>
          <ul className="error-list">
            {phase.errors.map((error) => (
              <li key={error}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
        </main>
      );
    case 'empty':
      return (
        <main className="splash">
          <h1>This corpus has no entities yet</h1>
          <p>
            Add sources under <code>sources/</code> and entities, relations and claims under{' '}
            <code>annotations/</code>, then run <code>npm run data</code>. The format is described
            in <code>docs/data-format.md</code>.
          </p>
        </main>
      );
    case 'ready':
      return (
        <AppContext.Provider
          value={{
            model: phase.model,
            store: phase.store,
            loadSourceTexts: phase.loadSourceTexts,
          }}
        >
          <ErrorBoundary
            onReset={() => phase.store.getState().resetView()}
            onCorruptGraph={(error) => setPhase(cannotShow(error))}
          >
            <App embed={phase.embed} onCanvasEvent={phase.onCanvasEvent} />
          </ErrorBoundary>
        </AppContext.Provider>
      );
  }
}

/** The source texts compiled with `graph`, fetched once, when the reader first opens. */
function textsLoaderFor(graph: CompiledGraph): () => Promise<SourceTextsResult> {
  // A failed fetch is tried again the next time the reader opens.
  let texts: Promise<SourceTextsResult> | undefined;
  return () =>
    (texts ??= fetchTexts(textsFileFor(CORPUS_FILE), graph).then((loaded) => {
      if (loaded.type === 'error') texts = undefined;
      return loaded;
    }));
}

function cannotShow(error: unknown): Phase {
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'error', title: 'The graph could not be shown', errors: [message] };
}

/**
 * Interactive: the first idle moment after the first drawing, once what the first click may need
 * (the relations' index) is built: the drawing does not need it, so it is built then.
 */
function warmUpAfterFirstDrawing(model: GraphModel, onError: (error: unknown) => void): void {
  const whenIdle = (callback: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(callback);
    else setTimeout(callback, 0);
  };
  whenIdle(() => {
    try {
      // Built on first use: the first drawing does not need it, the first click may.
      void model.edges.index;
    } catch (error) {
      // A relation id twice: the tables check everything else at load.
      onError(error);
      return;
    }
    markStartup('interactive');
  });
}

const container = document.getElementById('root');
if (container) {
  createRoot(container, {
    // A refused graph is shown to the reader as the load error: not a bug to log.
    onCaughtError: (error, info) => {
      if (!(error instanceof CorruptGraphError)) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <Bootstrap />
    </StrictMode>,
  );
}

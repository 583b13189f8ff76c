// The explorer's layout: filters on the left, the graph and timeline in the middle, what the
// selection is (or the source being read) on the right.
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sourceTitle } from '../model/queries';
import { GraphCanvas, type CanvasEvent } from './graph/GraphCanvas';
import type { Renderer, RendererHandlers } from '../render/cytoscape/types';
import type { RenderViewport } from '../render/scene/types';
import { buildDateHistogram, deriveTimeline, deriveView } from '../view';
import type { ViewChange } from '../viewState/changes';
import type { ViewState } from '../viewState/viewState';
import { encodeViewState } from '../url/codec';
import { DateFilter } from './filters/DateFilter';
import { DetailsPanel as DetailsPanelView } from './details/DetailsPanel';
import { EntityList } from './graph/EntityList';
import { ExportMenu } from './header/ExportMenu';
import { GraphControls } from './graph/GraphControls';
import { Legend as LegendView } from './filters/Legend';
import { Notices as NoticesView } from './shared/Notices';
import { PathFinder } from './paths/PathFinder';
import { SearchBox } from './shared/SearchBox';
import { ShowMoreList } from './shared/ShowMoreList';
import { ShareControls as ShareControlsView } from './header/ShareControls';
import { SourceFilter as SourceFilterView } from './filters/SourceFilter';
import { SourceReader as SourceReaderView } from './reader/SourceReader';
import { StatusLine } from './graph/StatusLine';
import { Timeline } from './timeline/Timeline';
import { useActions, useAppContext, useAppState, useModel } from './shared/appContext';
import { useKeyboardShortcuts } from './shared/useKeyboardShortcuts';
import { useAnnouncements } from './shared/useAnnouncements';
import { useTheme } from './shared/useTheme';
import { applyThemeVariables } from './shared/themeVariables';

// Panels that read the store themselves: re-rendering them on every view change changes nothing
// and, at scale, costs (hundreds of source checkboxes).
const SourceFilter = memo(SourceFilterView);
const Legend = memo(LegendView);
const Notices = memo(NoticesView);
const SourceReader = memo(SourceReaderView);
/** A corpus of hundreds of sources lists the first ones: the rest wait for "Show more". */
const SOURCES_PAGE_SIZE = 20;
const DetailsPanel = memo(DetailsPanelView);
const ShareControls = memo(ShareControlsView);

/** Everything but the viewport: panning must not re-derive the view. */
function useViewWithoutViewport(): ViewState {
  return useAppState(useShallow((state) => ({ ...state.view, viewport: null })));
}

const VIEWPORT_DEBOUNCE_MS = 200;

/**
 * Whether the canvas centres on a new selection. Not when it was picked on the canvas: it is in
 * sight, and centring would move a node away from under the pointer between the two clicks of a
 * double-click. Not when a link restores a viewport: centring would move the graph away from what
 * its sender saw.
 */
function centresOnSelection(change: ViewChange, view: ViewState): boolean {
  if (change.origin === 'canvas') return false;
  return !(change.origin === 'link' && view.viewport !== null);
}

export interface AppProps {
  embed: boolean;
  /** The page's instrumentation (src/app): what the canvas reports as it draws. */
  onCanvasEvent?: (event: CanvasEvent) => void;
}

export function App({ embed, onCanvasEvent }: AppProps) {
  const model = useModel();
  const { store } = useAppContext();
  const actions = useActions();
  const viewState = useViewWithoutViewport();
  const viewport = useAppState((state) => state.view.viewport);
  const announcement = useAppState((state) => state.announcement);
  const theme = useTheme();
  const [renderer, setRenderer] = useState<Renderer | null>(null);

  const view = useMemo(() => deriveView(model, viewState), [model, viewState]);
  const histogram = useMemo(() => buildDateHistogram(model, viewState), [model, viewState]);
  const timeline = useMemo(() => deriveTimeline(model, viewState, view), [model, viewState, view]);
  useKeyboardShortcuts();
  useAnnouncements();
  useEffect(() => applyThemeVariables(theme), [theme]);

  const handlers = useMemo<RendererHandlers>(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onCanvas = { origin: 'canvas' } as const;
    const pick = (id: string) => actions.select(id, onCanvas);
    return {
      tapNode: pick,
      tapEdge: pick,
      tapBackground: () => actions.select(null, onCanvas),
      doubleTapNode: (id) => actions.expand(id, onCanvas),
      viewportChange: (next: RenderViewport) => {
        clearTimeout(timer);
        timer = setTimeout(() => actions.setViewport(next), VIEWPORT_DEBOUNCE_MS);
      },
    };
  }, [actions]);

  const selected = viewState.selected;
  useEffect(() => {
    if (!selected || !renderer) return;
    const { lastChange, view: current } = store.getState();
    if (centresOnSelection(lastChange, current)) renderer.center(selected);
  }, [selected, renderer, store]);

  const onReady = useCallback((instance: Renderer | null) => setRenderer(instance), []);
  const title = model.title || 'Evidence graph';
  const large = model.nodes.count + model.edges.count > 4000;

  const canvas = (
    <GraphCanvas
      scene={view}
      theme={theme}
      large={large}
      viewport={viewport}
      handlers={handlers}
      onReady={onReady}
      onEvent={onCanvasEvent}
      label={`Graph of ${view.counts.visibleNodes} entities and ${view.counts.visibleEdges} relations. The entity list offers the same content as text.`}
    />
  );

  if (embed) {
    // From the store, not the address bar: pan, zoom and the brush reach the URL only after a
    // delay, and this link must already carry them.
    const full = new URL(window.location.href);
    full.search = encodeViewState({ ...viewState, viewport });
    return (
      <div className="app embed">
        <main className="stage">{canvas}</main>
        <a className="embed-link" href={full.toString()} target="_blank" rel="noopener noreferrer">
          Open the full view: <bdi>{title}</bdi>
        </a>
      </div>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#entity-list-heading">
        Skip to the entity list
      </a>
      <a className="skip-link" href="#details-and-sources">
        Skip to the details
      </a>
      <header className="topbar">
        <h1>{title}</h1>
        <SearchBox
          label="Search entities"
          placeholder="Search by name or alias…"
          onPick={(id) => actions.select(id)}
        />
        <ShareControls />
        <ExportMenu model={model} view={view} renderer={renderer} theme={theme} />
      </header>
      <div className="layout">
        <aside className="sidebar" aria-label="Filters and entity list">
          <h2 className="section-title" id="entity-list-heading" tabIndex={-1}>
            Entities shown
          </h2>
          <EntityList nodes={view.nodes} />
          <SourceFilter />
          <DateFilter histogram={histogram} />
          <Legend />
        </aside>
        <main className="stage" aria-label="Graph">
          <Notices />
          <StatusLine view={view} />
          <GraphControls view={view} renderer={renderer} />
          {canvas}
          <Timeline items={timeline} />
        </main>
        <aside
          className="inspector"
          id="details-and-sources"
          tabIndex={-1}
          aria-label="Details and sources"
        >
          <SourceReader />
          <DetailsPanel />
          <PathFinder result={view.path} />
          <SourcesIndex />
        </aside>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Every source, to open in the reader without going through a quote first. */
const SourcesIndex = memo(function SourcesIndex() {
  const model = useModel();
  const { openReader } = useActions();
  return (
    <section aria-label="Sources">
      <h2 className="section-title">Sources</h2>
      <ShowMoreList
        className="sources-index"
        items={model.sources.ids}
        noun="sources"
        pageSize={SOURCES_PAGE_SIZE}
        renderItem={(id) => (
          <li key={id}>
            <button
              type="button"
              className="link-button"
              onClick={() => openReader(id, null, null)}
            >
              Read “<bdi>{sourceTitle(model, id) ?? id}</bdi>”
            </button>
          </li>
        )}
      />
    </section>
  );
});

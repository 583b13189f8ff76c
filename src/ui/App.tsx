// The explorer's layout. On a desktop: filters on the left, the graph and timeline in the middle,
// what the selection is (or the source being read) on the right. On a tablet: the graph beside the
// panels as tabs; on a phone: the graph first, full width, with the panels as tabs below it
// (compact/). Each panel lives in a folder of its own.
import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ContextColouring } from '../render/context/types';
import type { Renderer } from '../render/cytoscape/types';
import { encodeViewState } from '../url/codec';
import { buildDateHistogram, deriveTimeline, deriveView } from '../view';
import type { ViewState } from '../viewState/viewState';
import { AboutDialog } from './about/AboutDialog';
import { useAboutDialog } from './about/useAboutDialog';
import { PanelTabs } from './compact/PanelTabs';
import { panelTabsFor, type PanelTab } from './compact/panelTabs';
import { SelectionBar } from './compact/SelectionBar';
import { useLayoutMode } from './compact/useLayoutMode';
import { usePanelTabs } from './compact/usePanelTabs';
import { DetailsPanel as DetailsPanelView } from './details/DetailsPanel';
import { DateFilter } from './filters/DateFilter';
import { Legend as LegendView } from './filters/Legend';
import { SourceFilter as SourceFilterView } from './filters/SourceFilter';
import { useCanvasHandlers, useCentringOnSelection } from './graph/canvasWiring';
import { EntityList } from './graph/EntityList';
import { GraphCanvas, type CanvasEvent } from './graph/GraphCanvas';
import { GraphControls } from './graph/GraphControls';
import { GraphLegend } from './graph/GraphLegend';
import { GraphTooltip } from './graph/GraphTooltip';
import { StatusLine } from './graph/StatusLine';
import { Header } from './header/Header';
import { PathFinder } from './paths/PathFinder';
import { SourceReader as SourceReaderView } from './reader/SourceReader';
import { SourcesIndex as SourcesIndexView } from './reader/SourcesIndex';
import { useAppState, useModel } from './shared/appContext';
import { Notices as NoticesView } from './shared/Notices';
import { applyThemeVariables } from './shared/themeVariables';
import { useAnnouncements } from './shared/useAnnouncements';
import { useKeyboardShortcuts } from './shared/useKeyboardShortcuts';
import { useTheme } from './shared/useTheme';
import { StoryPanel } from './stories/StoryPanel';
import { Timeline } from './timeline/Timeline';

// Panels that read the store themselves: re-rendering them on every view change changes nothing
// and, at scale, costs (hundreds of source checkboxes).
const SourceFilter = memo(SourceFilterView);
const Legend = memo(LegendView);
const Notices = memo(NoticesView);
const SourceReader = memo(SourceReaderView);
const DetailsPanel = memo(DetailsPanelView);
const SourcesIndex = memo(SourcesIndexView);

/** Everything but the viewport: panning must not re-derive the view. */
function useViewWithoutViewport(): ViewState {
  return useAppState(useShallow((state) => ({ ...state.view, viewport: null })));
}

export interface AppProps {
  embed: boolean;
  /** The page's instrumentation (src/app): what the canvas reports as it draws. */
  onCanvasEvent?: (event: CanvasEvent) => void;
}

export function App({ embed, onCanvasEvent }: AppProps) {
  const model = useModel();
  const viewState = useViewWithoutViewport();
  const viewport = useAppState((state) => state.view.viewport);
  const announcement = useAppState((state) => state.announcement);
  const story = useAppState((state) => state.story);
  const theme = useTheme();
  const [renderer, setRenderer] = useState<Renderer | null>(null);
  const [colouring, setColouring] = useState<ContextColouring>('type');
  const about = useAboutDialog(embed);
  const mode = useLayoutMode();
  const panels = usePanelTabs();
  const { show: showPanel } = panels;
  const showDetails = useCallback(() => showPanel('details'), [showPanel]);

  const view = useMemo(() => deriveView(model, viewState), [model, viewState]);
  const histogram = useMemo(() => buildDateHistogram(model, viewState), [model, viewState]);
  const timeline = useMemo(() => deriveTimeline(model, viewState, view), [model, viewState, view]);
  useKeyboardShortcuts();
  useAnnouncements();
  useEffect(() => applyThemeVariables(theme), [theme]);
  // The tooltip names the node under the pointer, else the entity focused in the entity list.
  const [hovered, setHovered] = useState<string | null>(null);
  const [listFocused, setListFocused] = useState(false);
  // A long press on the canvas opens what it is on, wherever the details are.
  const handlers = useCanvasHandlers(setHovered, showDetails);
  const tipId = hovered ?? (listFocused ? viewState.selected : null);
  const tipNode = tipId === null ? undefined : view.nodes.find((node) => node.id === tipId);
  useCentringOnSelection(renderer, viewState.selected);

  const onReady = useCallback((instance: Renderer | null) => setRenderer(instance), []);
  const title = model.title || 'Evidence graph';
  const large = model.nodes.count + model.edges.count > 4000;

  const canvas = (
    <>
      <GraphCanvas
        scene={view}
        context={view.context}
        colouring={colouring}
        theme={theme}
        large={large}
        viewport={viewport}
        handlers={handlers}
        onReady={onReady}
        onEvent={onCanvasEvent}
        label={
          view.context
            ? `Graph of all ${view.context.ids.length} entities and ${view.context.links.length / 2} relations the filters keep, ${view.counts.visibleNodes} of them labelled. The entity list offers the labelled ones as text; search reaches every entity.`
            : `Graph of ${view.counts.visibleNodes} entities and ${view.counts.visibleEdges} relations. The entity list offers the same content as text.`
        }
      />
      {tipNode && <GraphTooltip node={tipNode} renderer={renderer} />}
    </>
  );

  if (embed) {
    // From the store, not the address bar: pan, zoom and the brush reach the URL only after a
    // delay, and this link must already carry them.
    const full = new URL(window.location.href);
    full.search = encodeViewState({ ...viewState, viewport }, {}, story);
    return (
      <div className={`app embed${story ? ' embed-story' : ''}`}>
        <main className="stage">{canvas}</main>
        {story && <StoryPanel renderer={renderer} nodes={view.nodes} embed />}
        <a className="embed-link" href={full.toString()} target="_blank" rel="noopener noreferrer">
          Open the full view: <bdi>{title}</bdi>
        </a>
      </div>
    );
  }

  const entityList = (
    <>
      <h2 className="section-title" id="entity-list-heading" tabIndex={-1}>
        Entities shown
      </h2>
      <EntityList nodes={view.nodes} onFocusChange={setListFocused} />
    </>
  );
  const filters = (
    <>
      <SourceFilter />
      <DateFilter histogram={histogram} />
      <Legend />
    </>
  );
  const timelinePanel = <Timeline items={timeline} />;
  const compact = mode !== 'desktop';
  const tabContents: Record<PanelTab, ReactNode> = {
    details: viewState.selected ? (
      <DetailsPanel />
    ) : (
      <p className="panel-hint">
        Nothing is selected. Tap an entity or a relation in the graph, or pick one under{' '}
        <em>Entities</em>, to see its details here.
      </p>
    ),
    entities: entityList,
    filters,
    reader: (
      <>
        <SourceReader />
        <SourcesIndex />
      </>
    ),
    timeline: timelinePanel,
    paths: <PathFinder result={view.path} />,
  };

  return (
    <div className={`app layout-${mode}`}>
      {compact ? (
        <a className="skip-link" href="#explorer-panels">
          Skip to the panels
        </a>
      ) : (
        <>
          <a className="skip-link" href="#entity-list-heading">
            Skip to the entity list
          </a>
          <a className="skip-link" href="#details-and-sources">
            Skip to the details
          </a>
        </>
      )}
      <Header
        title={title}
        model={model}
        view={view}
        renderer={renderer}
        theme={theme}
        colouring={colouring}
        onAbout={about.show}
      />
      <AboutDialog model={model} open={about.open} onClose={about.close} />
      {/* The stage keeps its place among the layout's children in every mode, so turning a phone
          or resizing the window never re-creates the graph. */}
      <div className="layout">
        {compact ? null : (
          <aside className="sidebar" aria-label="Filters and entity list">
            {entityList}
            {filters}
          </aside>
        )}
        <main className="stage" aria-label="Graph">
          <Notices />
          <StoryPanel renderer={renderer} nodes={view.nodes} />
          <StatusLine view={view} colouring={colouring} onColouringChange={setColouring} />
          <GraphControls view={view} renderer={renderer} />
          <GraphLegend view={view} folded={mode === 'phone'} />
          {canvas}
          {mode === 'phone' ? null : timelinePanel}
          {compact && viewState.selected && (mode === 'phone' || panels.open !== 'details') && (
            <SelectionBar selected={viewState.selected} onShowDetails={showDetails} />
          )}
        </main>
        {compact ? (
          <PanelTabs
            tabs={panelTabsFor(mode).map((id) => ({ id, content: tabContents[id] }))}
            open={panels.open}
            onOpen={panels.setOpen}
            reveal={panels.reveal}
          />
        ) : (
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
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

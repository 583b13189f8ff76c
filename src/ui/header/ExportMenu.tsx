// Download what is on screen, in formats Gephi, Cytoscape desktop and spreadsheets open.
import { useState } from 'react';
import type { GraphModel } from '../../model/types';
import type { ContextColouring } from '../../render/context/types';
import type { Renderer } from '../../render/cytoscape/types';
import { THEME_COLOURS, TYPE_APPEARANCE, type Theme } from '../../render/style/palette';
import type { DerivedView } from '../../view/types';
import { buildVisibleExport, type ExportGraph } from '../../export/visibleSubgraph';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import type * as Formats from '../../export/formats';
import { buildImageCaption } from '../../export/caption';
import { viewUrl } from '../../url/historySync';
import { useActions, useAppContext } from '../shared/appContext';
import { captionDrawingOf } from './captionDrawing';

interface ExportMenuProps {
  model: GraphModel;
  view: DerivedView;
  renderer: Renderer | null;
  theme: Theme;
  colouring: ContextColouring;
}

function download(name: string, content: Blob | string, type: string) {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportMenu({ model, view, renderer, theme, colouring }: ExportMenuProps) {
  const { addNotice } = useActions();
  const { store } = useAppContext();
  const [captioned, setCaptioned] = useState(true);
  const failed = (error: unknown) =>
    addNotice({
      kind: 'error',
      message: `The export could not be made; reload the page and try again (${String(error)})`,
    });
  const captionOf = () => {
    const state = store.getState().view;
    const permalink = new URL(viewUrl(window.location, state), window.location.href).href;
    return captionDrawingOf(buildImageCaption(model, view, state, permalink), theme);
  };
  const pictureColours = () => {
    const { background, text } = THEME_COLOURS[theme];
    return { background, text };
  };
  const exportVector = () => {
    if (!renderer) return;
    const svg = renderer.exportSvg(pictureColours(), captioned ? captionOf() : null);
    download('graph.svg', svg, 'image/svg+xml');
  };
  const exportPicture = () => {
    if (!renderer) return;
    const colours = pictureColours();
    if (view.context) {
      // The overview: every point the context layer draws is in the picture too.
      renderer
        .exportPngWithContext(colours, captioned ? captionOf() : null, {
          layer: view.context,
          theme,
          colouring,
        })
        .then((image) => download('graph.png', image, 'image/png'))
        .catch(failed);
      return;
    }
    if (!captioned) {
      download('graph.png', renderer.exportPng(colours.background), 'image/png');
      return;
    }
    const caption = captionOf();
    renderer
      .exportCaptionedPng(colours, caption)
      .then((image) => download('graph.png', image, 'image/png'))
      .catch(failed);
  };
  // The writers (GEXF's among them) are a chunk of their own, fetched on the first export.
  const exportAs =
    (name: string, type: string, write: (formats: typeof Formats, graph: ExportGraph) => string) =>
    () => {
      const colours = Object.fromEntries(
        ENTITY_TYPES.map((type) => [type, TYPE_APPEARANCE[type][theme]]),
      );
      const graph = buildVisibleExport(model, view, colours);
      import('../../export/formats')
        .then((formats) => download(name, write(formats, graph), type))
        .catch(failed);
    };
  const formats: { label: string; run: () => void }[] = [
    {
      label: 'PNG image',
      run: exportPicture,
    },
    { label: 'SVG image', run: exportVector },
    {
      label: 'JSON (graphology)',
      run: exportAs('graph.json', 'application/json', (f, graph) => f.exportJson(graph)),
    },
    {
      label: 'GEXF',
      run: exportAs('graph.gexf', 'application/xml', (f, graph) => f.exportGexf(graph)),
    },
    {
      label: 'GraphML',
      run: exportAs('graph.graphml', 'application/xml', (f, graph) => f.exportGraphml(graph)),
    },
    {
      label: 'CSV nodes',
      run: exportAs('nodes.csv', 'text/csv', (f, graph) => f.exportNodesCsv(graph)),
    },
    {
      label: 'CSV edges',
      run: exportAs('edges.csv', 'text/csv', (f, graph) => f.exportEdgesCsv(graph)),
    },
  ];
  return (
    <details className="export-menu">
      <summary>Export</summary>
      <label className="export-caption-option">
        <input
          type="checkbox"
          checked={captioned}
          onChange={(event) => setCaptioned(event.target.checked)}
        />
        Caption the image: title, legend, filters, sources and link
      </label>
      <ul>
        {formats.map((format) => (
          <li key={format.label}>
            <button type="button" onClick={format.run}>
              Export {format.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

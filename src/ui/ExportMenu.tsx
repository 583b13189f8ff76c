// Download what is on screen, in formats Gephi, Cytoscape desktop and spreadsheets open.
import type { GraphModel } from '../model/types';
import type { Renderer } from '../render/createRenderer';
import { THEME_COLOURS, type Theme } from '../render/palette';
import type { DerivedView } from '../view/types';
import { buildVisibleSubgraph } from '../export/visibleSubgraph';
import {
  exportEdgesCsv,
  exportGexf,
  exportGraphml,
  exportJson,
  exportNodesCsv,
} from '../export/formats';

interface ExportMenuProps {
  model: GraphModel;
  view: DerivedView;
  renderer: Renderer | null;
  theme: Theme;
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

export function ExportMenu({ model, view, renderer, theme }: ExportMenuProps) {
  const subgraph = () => buildVisibleSubgraph(model, view);
  const formats: { label: string; run: () => void }[] = [
    {
      label: 'PNG image',
      run: () =>
        renderer &&
        download('graph.png', renderer.exportPng(THEME_COLOURS[theme].background), 'image/png'),
    },
    {
      label: 'JSON (graphology)',
      run: () => download('graph.json', exportJson(subgraph()), 'application/json'),
    },
    { label: 'GEXF', run: () => download('graph.gexf', exportGexf(subgraph()), 'application/xml') },
    {
      label: 'GraphML',
      run: () => download('graph.graphml', exportGraphml(subgraph()), 'application/xml'),
    },
    {
      label: 'CSV nodes',
      run: () => download('nodes.csv', exportNodesCsv(subgraph()), 'text/csv'),
    },
    {
      label: 'CSV edges',
      run: () => download('edges.csv', exportEdgesCsv(subgraph()), 'text/csv'),
    },
  ];
  return (
    <details className="export-menu">
      <summary>Export</summary>
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

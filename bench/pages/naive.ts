// The naive baseline: plain cytoscape handed every element. `?layout=preset` (default) uses
// the compiler's positions; `?layout=cose&cap=<ms>` runs cytoscape's own cose layout in the
// browser instead and stops it at the cap, which the runner reports as "did not finish".
import cytoscape, { type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { fail, loadGraph, nextFrame, publish } from './shared';

/** What a straightforward explorer would draw: labelled nodes, directed edges. */
const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 26,
      height: 26,
      'font-size': 11,
      'text-valign': 'bottom',
      'background-color': '#4a6fa5',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'curve-style': 'bezier',
      'line-color': '#b0b0b0',
      'target-arrow-color': '#b0b0b0',
      'target-arrow-shape': 'triangle',
    },
  },
];

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const runtimeLayout = params.get('layout') === 'cose';
  const cap = Number(params.get('cap') ?? '20000');
  publish({ phase: 'loading', layout: runtimeLayout ? 'running' : 'none' });
  const graph = await loadGraph();
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    elements.push({
      group: 'nodes',
      data: { id: node.key, label: node.attributes.label, type: node.attributes.type },
      ...(runtimeLayout ? {} : { position: { x: node.attributes.x, y: node.attributes.y } }),
    });
  }
  const { key, source, target, predicate } = graph.edges;
  for (let e = 0; e < key.length; e++) {
    elements.push({
      group: 'edges',
      data: {
        id: key[e],
        source: graph.nodes[source[e] ?? 0]?.key,
        target: graph.nodes[target[e] ?? 0]?.key,
        label: graph.attributes.predicates[predicate[e] ?? 0]?.label,
      },
    });
  }
  const container = document.getElementById('graph') as HTMLDivElement;
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: runtimeLayout ? { name: 'null' } : { name: 'preset' },
  });
  const counts = { nodes: cy.nodes().length, edges: cy.edges().length };

  if (runtimeLayout) {
    const layout = cy.layout({ name: 'cose', randomize: true, animate: true });
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      layout.stop();
    }, cap);
    const finished = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await finished;
    clearTimeout(timer);
    await nextFrame();
    performance.mark('bench:layout-done');
    performance.mark('bench:first-render');
    performance.mark('bench:interactive');
    publish({ phase: 'drawn', ...counts, layout: stopped ? 'stopped' : 'done' });
    return;
  }

  // cytoscape draws in its own animation frame and emits `render` when it has.
  await new Promise<void>((resolve) => cy.one('render', () => resolve()));
  performance.mark('bench:first-render');
  performance.mark('bench:interactive');
  publish({ phase: 'drawn', ...counts });
}

main().catch(fail);

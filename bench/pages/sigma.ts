// The sigma baseline: what someone would use instead (sigma is the engine of Gephi Lite and
// Retina). sigma + graphology handed the compiled graph with its precomputed positions, every node
// and edge, node labels on (sigma's own label grid decides which fit, as in those tools). A click
// on a node picks it the way they do: it and its neighbours stay, the rest fades; the page then
// dispatches `bench:rendered` in the frame after sigma drew it, which the runner times.
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { buildSigmaGraph, countDrawn, hubs } from './sigmaGraph';
import { fail, loadGraph, nextFrame, publish } from './shared';

const FADED_NODE = '#e4e4e4';
const FADED_EDGE = '#f0f0f0';
/** Hubs whose screen position the runner gets, to click them. */
const PICK_TARGETS = 12;

async function main(): Promise<void> {
  publish({ phase: 'loading' });
  const graph = buildSigmaGraph(await loadGraph());
  const container = document.getElementById('graph') as HTMLDivElement;
  const fadedUnlessHighlighted = (faded: string) => ({
    when: (
      _attributes: unknown,
      state: { isHighlighted: boolean },
      graphState: { hasHighlighted: boolean },
    ) => graphState.hasHighlighted && !state.isHighlighted,
    then: faded,
    else: { attribute: 'color' },
  });
  // sigma renders the first frame synchronously in its constructor.
  const renderer = new Sigma(graph, container, {
    styles: {
      nodes: { ...DEFAULT_STYLES.nodes, color: fadedUnlessHighlighted(FADED_NODE) },
      edges: { ...DEFAULT_STYLES.edges, color: fadedUnlessHighlighted(FADED_EDGE) },
    },
  });
  await nextFrame();
  performance.mark('bench:first-render');
  performance.mark('bench:interactive');

  let highlighted: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
  renderer.on('clickNode', ({ node }) => {
    renderer.setNodesState(highlighted.nodes, { isHighlighted: false });
    renderer.setEdgesState(highlighted.edges, { isHighlighted: false });
    highlighted = { nodes: [node, ...graph.neighbors(node)], edges: graph.edges(node) };
    renderer.setNodesState(highlighted.nodes, { isHighlighted: true });
    renderer.setEdgesState(highlighted.edges, { isHighlighted: true });
    renderer.once('afterRender', () => {
      void nextFrame().then(() => window.dispatchEvent(new CustomEvent('bench:rendered')));
    });
    publish({ picked: node });
  });

  const drawn = countDrawn(graph, {
    node: (key) => renderer.getNodeDisplayData(key),
    edge: (key) => renderer.getEdgeDisplayData(key),
  });
  const targets = hubs(graph, PICK_TARGETS).map((key) => {
    const { x, y } = graph.getNodeAttributes(key);
    const at = renderer.graphToViewport({ x, y });
    return { key, x: at.x, y: at.y };
  });
  publish({ phase: 'drawn', ...drawn, targets });
}

main().catch(fail);

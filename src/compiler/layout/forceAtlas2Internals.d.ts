// The parts of graphology-layout-forceatlas2 (untyped CommonJS) that layoutGraph.ts steps through
// itself, to report each iteration; the package's own `assign` runs them all in one call.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  type EdgeWeight = (edge: string, attributes: Record<string, unknown>) => number;
  const helpers: {
    validateSettings(settings: ForceAtlas2Settings): { message: string } | null;
    graphToByteArrays(
      graph: Graph,
      getEdgeWeight: EdgeWeight,
    ): { nodes: Float32Array; edges: Float32Array };
    assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  };
  export default helpers;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

export { deriveView } from './deriveView';
export { buildDateHistogram } from './histogram/buildDateHistogram';
export { deriveTimeline } from './timeline/deriveTimeline';
export { overlapsRange } from './filters/overlapsRange';
export { filterElements } from './filters/filterElements';
export type { FilteredGraph } from './filters/filterElements';
export { measureEdgeWidth } from './appearance/edgeWidth';
export * from './types';
export { capVisibleNodes, DEFAULT_MAX_NODES, type NodeCap } from './lod/capVisibleNodes';

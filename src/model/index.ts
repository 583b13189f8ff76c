// The model's common entry: loading, the types, and the queries most layers use.
export { loadModel } from './loadModel';
export { entityLabel, readEntityType, resolveId } from './queries';
export { DEFAULT_MAX_PATHS, shortestPaths } from './shortestPaths';
export * from './types';

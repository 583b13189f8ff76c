export { loadModel } from './loadModel';
export { searchEntities } from './search';
export {
  claimsOf,
  dateExtent,
  entityLabel,
  evidenceFor,
  neighbours,
  readEntityType,
  relationsOf,
  resolveId,
  sourceTitle,
} from './queries';
export { DEFAULT_MAX_PATHS, shortestPaths } from './shortestPaths';
export * from './types';

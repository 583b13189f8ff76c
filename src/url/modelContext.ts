// What a loaded graph knows, for decoding links and story steps against it.
import { resolveId } from '../model/queries';
import type { GraphModel } from '../model/types';
import { ENTITY_TYPES } from '../schema/vocabulary';
import type { DecodeContext } from './types';

export function decodeContextFor(model: GraphModel): DecodeContext {
  return {
    knownIds: (id: string) => resolveId(model, id),
    knownSources: model.sources.ids,
    knownTypes: ENTITY_TYPES,
    knownPredicates: model.predicates.ids,
  };
}

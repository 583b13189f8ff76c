// What the annotation forms' pickers offer, read from the loaded graph and the vocabulary.
import { describeItem } from '../../model/queries';
import type { GraphModel } from '../../model/types';
import {
  CLAIM_PREDICATES,
  ENTITY_TYPE_DEFINITIONS,
  PREDICATE_DEFINITIONS,
} from '../../schema/vocabulary';
import type { PickerOption } from './Picker';

export interface PickerOptions {
  entities: PickerOption[];
  /** Entities and claims: what a relation may join. */
  entitiesAndClaims: PickerOption[];
  predicates: PickerOption[];
  /** Relations and claims that evidence can be added to. */
  evidenced: PickerOption[];
  entityTypes: PickerOption[];
}

export function buildPickerOptions(model: GraphModel): PickerOptions {
  const entities: PickerOption[] = [];
  const claims: PickerOption[] = [];
  model.nodes.attributes.forEach((node, n) => {
    const id = model.nodes.ids[n] ?? '';
    if (node.claim) claims.push({ id, label: node.label, description: 'claim' });
    else entities.push({ id, label: node.label, description: node.description });
  });
  const builtIn = new Set(PREDICATE_DEFINITIONS.map((p) => p.id));
  const claimPredicates = new Set<string>(CLAIM_PREDICATES);
  const predicates: PickerOption[] = PREDICATE_DEFINITIONS.map(({ id, label, description }) => ({
    id,
    label,
    description,
  }));
  model.predicates.ids.forEach((id, p) => {
    if (builtIn.has(id) || claimPredicates.has(id)) return;
    predicates.push({
      id,
      label: model.predicates.labels[p] ?? id,
      description: 'this corpus’s own',
    });
  });
  const relations: PickerOption[] = [];
  model.edges.ids.forEach((id, e) => {
    if (model.edges.derived[e]) return;
    relations.push({ id, label: describeItem(model, id), description: 'relation' });
  });
  return {
    entities,
    entitiesAndClaims: [...entities, ...claims],
    predicates,
    evidenced: [...relations, ...claims],
    entityTypes: ENTITY_TYPE_DEFINITIONS.filter((t) => t.id !== 'claim').map(
      ({ id, label, description }) => ({
        id,
        label,
        description,
      }),
    ),
  };
}

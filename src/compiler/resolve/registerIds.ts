// One namespace for entity, claim and relation ids (they become node and edge keys and appear in
// permalinks). Duplicates are errors, including ids that differ only in case or Unicode form.
import type { Reporter } from '../diagnostics';
import type { Location } from '../types';
import type { ClaimInput, EntityInput, RelationInput } from '../validate/inputSchema';
import type { AnnotationItems, Item } from '../validate/validateFile';

export type IdKind = 'entity' | 'claim' | 'relation';

export interface IdTable {
  entities: Item<EntityInput>[];
  claims: Item<ClaimInput>[];
  relations: Item<RelationInput>[];
  kindOf(id: string): IdKind | undefined;
  idsOf(kind: IdKind): string[];
  /** Former entity id → current id. */
  formerIds: Map<string, string>;
  /** Ids of items that failed validation. */
  broken: Set<string>;
}

interface Registered {
  id: string;
  kind: IdKind;
  where: Location;
}

export function registerIds(items: AnnotationItems, reporter: Reporter): IdTable {
  const byFolded = new Map<string, Registered>();
  const kinds = new Map<string, IdKind>();
  const kept = {
    entity: [] as Item<EntityInput>[],
    claim: [] as Item<ClaimInput>[],
    relation: [] as Item<RelationInput>[],
  };
  const register = <T extends { id: string }>(
    item: Item<T>,
    kind: IdKind,
    into?: Item<T>[],
  ): void => {
    const id = item.value.id;
    const where: Location = { file: item.file, path: [...item.path, 'id'] };
    // Valid ids are ASCII; the Unicode fold is for the rest.
    const folded = /^[ -~]*$/.test(id) ? id.toLowerCase() : id.normalize('NFC').toLowerCase();
    const first = byFolded.get(folded);
    if (first) {
      const pos = reporter.locate(first.where);
      const place = `${first.where.file}:${pos.line}:${pos.col}`;
      reporter.error(
        where,
        first.id === id
          ? `duplicate id "${id}": already the id of the ${first.kind} at ${place}; ` +
              'entity, claim and relation ids share one namespace: rename one'
          : `id "${id}" differs from "${first.id}" (${place}) only in case or Unicode form: ` +
              'they would be confused; rename one',
      );
      return;
    }
    byFolded.set(folded, { id, kind, where });
    if (!into) return;
    kinds.set(id, kind);
    into.push(item);
  };
  for (const item of items.entities) register(item, 'entity', kept.entity);
  for (const item of items.claims) register(item, 'claim', kept.claim);
  for (const item of items.relations) register(item, 'relation', kept.relation);
  // Invalid ids are already errors, but "Alice" next to "alice" deserves saying why it is wrong.
  for (const { id, file, path } of items.brokenIdPlaces) {
    const kind = path[0] === 'claims' ? 'claim' : path[0] === 'relations' ? 'relation' : 'entity';
    register({ value: { id }, file, path: path.slice(0, -1) }, kind);
  }

  const formerIds = new Map<string, string>();
  const formerWhere = new Map<string, Location>();
  for (const item of kept.entity) {
    (item.value.former_ids ?? []).forEach((former, i) => {
      const where: Location = { file: item.file, path: [...item.path, 'former_ids', i] };
      const current = item.value.id;
      const kind = kinds.get(former);
      if (former === current) {
        reporter.error(where, `former id "${former}" is the entity's own id: remove it`);
      } else if (kind !== undefined) {
        reporter.error(
          where,
          `former id "${former}" is the current id of a ${kind}: an id cannot be both; remove one`,
        );
      } else if (formerIds.has(former)) {
        const pos = reporter.locate(formerWhere.get(former) ?? where);
        reporter.error(
          where,
          `former id "${former}" is already a former id of "${formerIds.get(former) ?? ''}" ` +
            `(line ${pos.line}): old links can lead to one entity only`,
        );
      } else {
        formerIds.set(former, current);
        formerWhere.set(former, where);
      }
    });
  }

  const broken = new Set([...items.brokenIds].filter((id) => !kinds.has(id)));
  return {
    entities: kept.entity,
    claims: kept.claim,
    relations: kept.relation,
    kindOf: (id) => kinds.get(id),
    idsOf: (kind) => [...kinds].filter(([, k]) => k === kind).map(([id]) => id),
    formerIds,
    broken,
  };
}

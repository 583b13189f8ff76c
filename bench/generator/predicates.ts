// Which predicates read sensibly between which entity types, so generated relations look like
// annotations (a person is employed by an organisation, not the other way round).
import type { EntityType } from '../../src/schema/vocabulary';

type T = EntityType;

/** A predicate this corpus adds in corpus.yaml, to exercise corpus-defined vocabulary. */
export const EXTRA_PREDICATE = {
  id: 'lobbied',
  label: 'lobbied',
  description: 'Subject lobbied the object (a law, an order, an agency).',
};

const RULES: readonly [string, readonly T[], readonly T[]][] = [
  ['owns', ['organization'], ['organization', 'product', 'data_asset']],
  [
    'part_of',
    ['organization', 'group', 'law', 'program', 'data_asset'],
    ['organization', 'law', 'program'],
  ],
  ['member_of', ['person', 'group'], ['organization', 'group', 'program']],
  ['employed_by', ['person', 'group'], ['organization']],
  ['based_in', ['person', 'organization', 'group', 'data_asset'], ['place']],
  [
    'created',
    ['person', 'organization'],
    ['program', 'product', 'document', 'data_asset', 'organization'],
  ],
  ['hired', ['organization'], ['person', 'group', 'organization']],
  ['signed', ['person'], ['government_action', 'law', 'document']],
  ['revoked', ['person', 'organization'], ['government_action', 'law']],
  [
    'targets',
    ['government_action', 'law'],
    ['organization', 'product', 'group', 'data_asset', 'person'],
  ],
  ['requires', ['law', 'government_action'], ['organization', 'group']],
  [
    'called_for',
    ['person', 'organization', 'group'],
    ['government_action', 'law', 'program', 'event'],
  ],
  ['accessed', ['person', 'group', 'organization'], ['data_asset']],
  ['has_access_to', ['person', 'group', 'organization', 'product'], ['data_asset']],
  ['stores', ['organization', 'product'], ['data_asset']],
  ['stored_in', ['data_asset'], ['place']],
  ['routed_through', ['data_asset'], ['place', 'organization']],
  ['flows_to', ['data_asset'], ['organization', 'place']],
  [
    'reported',
    ['organization', 'person'],
    ['event', 'document', 'data_asset', 'government_action'],
  ],
  ['reviewed', ['person', 'organization'], ['document', 'data_asset']],
  ['recorded', ['data_asset'], ['event', 'person']],
  ['participated_in', ['person', 'organization', 'group'], ['event', 'program']],
  ['testified_at', ['person'], ['event']],
  [
    'discussed',
    ['event', 'person'],
    ['data_asset', 'product', 'law', 'program', 'document', 'organization'],
  ],
  ['aims_to', ['program'], ['data_asset', 'product', 'group']],
  ['investigated', ['organization', 'person'], ['organization', 'person', 'product', 'event']],
  [
    'raised_concern_about',
    ['person', 'organization', 'group'],
    ['product', 'data_asset', 'program', 'law', 'organization', 'government_action'],
  ],
  ['described_as', ['person', 'document'], ['person', 'organization']],
  ['denied', ['person', 'organization'], ['document', 'event']],
  [EXTRA_PREDICATE.id, ['organization', 'group'], ['law', 'government_action', 'organization']],
];

const table = new Map<string, string[]>();
for (const [predicate, subjects, objects] of RULES) {
  for (const s of subjects) {
    for (const o of objects) {
      const key = `${s}>${o}`;
      table.set(key, [...(table.get(key) ?? []), predicate]);
    }
  }
}

/** Predicates that fit a subject and an object of these types; `related_to` when none does. */
export function predicatesFor(subject: T, object: T): readonly string[] {
  return table.get(`${subject}>${object}`) ?? ['related_to'];
}

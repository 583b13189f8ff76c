// Predicates that were built in before the vocabulary kept general words only. A corpus written
// then may use them without defining them: it still compiles, with a warning saying how to define
// each one in corpus.yaml, so an upgrade never breaks it.
import type { PredicateDefinition } from '../../schema/vocabulary';

export const RETIRED_PREDICATE_DEFINITIONS: readonly PredicateDefinition[] = [
  {
    id: 'obliges_assistance_to',
    label: 'obliges assistance to',
    description:
      'A law obliges others to assist, cooperate with or hand information to the object (a party, a government).',
  },
  {
    id: 'threatened_to_ban',
    label: 'threatened to ban',
    description: 'Subject threatened to ban the object (a company, an app).',
  },
  {
    id: 'hired_for',
    label: 'was hired for',
    description: 'Subject was hired or engaged to work on the object; the hirer may be unstated.',
  },
  {
    id: 'relied_on',
    label: 'had to rely on',
    description: 'Subject depended on the object (people, a service) to do or learn something.',
  },
  {
    id: 'lacked_access_to',
    label: 'lacked access to',
    description: 'Subject lacked the permission or the means to access the object (data, systems).',
  },
  {
    id: 'withheld_identity_of',
    label: 'withheld the identity of',
    description:
      'Subject (e.g. a newsroom) chose not to name the object (people), e.g. to protect their privacy.',
  },
];

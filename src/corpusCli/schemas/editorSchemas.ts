// The input schemas as an editor should see them. The compiler checks an annotation file's items one
// by one (so one broken entity does not hide the rest); an editor wants the whole file's shape, and
// the predicates to choose from. Everything else is the compiler's own zod schemas, unchanged.
import { z } from 'zod';
import {
  ITEM_SCHEMAS,
  PREDICATE_PATTERN,
  claimSchema,
  corpusSchema,
  entitySchema,
  originSchema,
  passageSchema,
  predicateDefinitionSchema,
  quoteSchema,
  readingSchema,
  relationSchema,
  sourceSchema,
  storyFileSchema,
  storyStepSchema,
} from '../../compiler/validate/inputSchema';
import { ENTITY_TYPE_DEFINITIONS, PREDICATE_DEFINITIONS } from '../../schema/vocabulary';
import { DEFINITION_DOCS, type DefinitionName } from './fieldDocs';

export interface SchemaMeta {
  id?: string;
  title?: string;
  description?: string;
}

/** Ids, titles and descriptions of the parts, for one generation (never the global registry). */
export type EditorRegistry = z.core.$ZodRegistry<SchemaMeta>;

const elementOf = (list: z.ZodType): z.ZodType => {
  let s: z.ZodType = list;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  if (!(s instanceof z.ZodArray)) throw new Error('expected a list schema');
  return s.element as z.ZodType;
};

/** Each choice documented: editors list them with their descriptions as you type. */
function documentedChoices(
  registry: EditorRegistry,
  choices: readonly { id: string; label: string; description: string }[],
): z.ZodType[] {
  return choices.map((choice) => {
    const literal = z.literal(choice.id);
    registry.add(literal, { description: `${choice.label}: ${choice.description}` });
    return literal;
  });
}

function unionOf(options: readonly z.ZodType[]): z.ZodType {
  const [first, second, ...rest] = options;
  if (!first || !second) throw new Error('a union needs two options');
  return z.union([first, second, ...rest]);
}

export interface EditorSchemas {
  registry: EditorRegistry;
  corpus: z.ZodType;
  source: z.ZodType;
  annotations: z.ZodType;
  story: z.ZodType;
}

export function buildEditorSchemas(): EditorSchemas {
  const registry: EditorRegistry = z.registry<SchemaMeta>();
  const define = (schema: z.ZodType, name: DefinitionName): void => {
    registry.add(schema, { id: name, ...DEFINITION_DOCS[name] });
  };

  // `claim` is an entity type only claims have; the compiler refuses it on an entity.
  const entityType = unionOf(
    documentedChoices(
      registry,
      ENTITY_TYPE_DEFINITIONS.filter((t) => t.id !== 'claim'),
    ),
  );
  const corpusPredicate = z.string().regex(PREDICATE_PATTERN);
  registry.add(corpusPredicate, { description: 'A predicate defined in corpus.yaml.' });
  const predicate = unionOf([...documentedChoices(registry, PREDICATE_DEFINITIONS), corpusPredicate]);

  const entity = entitySchema.extend({ type: entityType });
  const relation = relationSchema.extend({ predicate });
  const annotations = z.strictObject({
    entities: z.array(entity).nullable().optional(),
    relations: z.array(relation).nullable().optional(),
    claims: z.array(ITEM_SCHEMAS.claims).nullable().optional(),
  });

  define(entity, 'entity');
  define(relation, 'relation');
  define(claimSchema, 'claim');
  define(quoteSchema, 'quote');
  define(readingSchema, 'reading');
  define(passageSchema, 'passage');
  define(elementOf(entitySchema.shape.mentions), 'mention');
  define(predicateDefinitionSchema, 'predicateDefinition');
  define(originSchema, 'origin');
  define(storyStepSchema, 'storyStep');
  return { registry, corpus: corpusSchema, source: sourceSchema, annotations, story: storyFileSchema };
}

// The INPUT format (docs/data-format.md) as zod schemas. Strict objects, so a misspelt field is an
// error instead of silently ignored. Cross-file rules (references, quotes, dates) come later.
import { z } from 'zod';
import { ENTITY_TYPES } from '../../schema/vocabulary';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 80;
export const PREDICATE_PATTERN = /^[a-z][a-z0-9_]*$/;

const id = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN);
/** References are plain strings here: an unknown id gets its own "did you mean" later. */
const reference = z.string();
const text = z.string();
const requiredText = z.string().trim().min(1);
/** Optional text: an empty value (`field:`) or "" means the same as leaving it out. */
const optionalText = text.nullable().optional();
/** EDTF; a bare year YAML reads as a number is accepted and read as written (see dates/). */
const edtfDate = z.union([z.string(), z.number()]).nullable().optional();

export const quoteSchema = z.strictObject({
  source: reference,
  exact: text,
  prefix: text.optional(),
  suffix: text.optional(),
  /** Optional offset hints (UTF-16, end exclusive) to pick an occurrence or check one. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type QuoteInput = z.infer<typeof quoteSchema>;

export const entitySchema = z.strictObject({
  id,
  type: z.enum(ENTITY_TYPES),
  label: requiredText,
  aliases: z.array(requiredText).optional(),
  description: optionalText,
  external_ids: z.record(z.string(), text).optional(),
  former_ids: z.array(id).optional(),
  mentions: z.array(quoteSchema).optional(),
});
export type EntityInput = z.infer<typeof entitySchema>;

export const relationSchema = z.strictObject({
  id,
  subject: reference,
  predicate: z.string(),
  object: reference,
  date: edtfDate,
  date_basis: optionalText,
  note: optionalText,
  evidence: z.array(quoteSchema).min(1),
});
export type RelationInput = z.infer<typeof relationSchema>;

export const claimSchema = z.strictObject({
  id,
  label: requiredText,
  statement: requiredText,
  claimant: reference.nullable().optional(),
  date: edtfDate,
  date_basis: optionalText,
  venue: optionalText,
  about: z.array(reference).optional(),
  evidence: z.array(quoteSchema).min(1),
  supported_by: z.array(reference).optional(),
  contradicted_by: z.array(reference).optional(),
});
export type ClaimInput = z.infer<typeof claimSchema>;

/** An annotation file: any of the three lists. Items are checked one by one (see validateFile). */
export const annotationFileSchema = z.strictObject({
  entities: z.array(z.unknown()).nullable().optional(),
  relations: z.array(z.unknown()).nullable().optional(),
  claims: z.array(z.unknown()).nullable().optional(),
});

export const ITEM_SCHEMAS = {
  entities: entitySchema,
  relations: relationSchema,
  claims: claimSchema,
} as const;

export const predicateDefinitionSchema = z.strictObject({
  id: z.string().regex(PREDICATE_PATTERN),
  label: requiredText,
  description: optionalText,
});

export const corpusSchema = z.strictObject({
  title: optionalText,
  description: optionalText,
  predicates: z.array(predicateDefinitionSchema).nullable().optional(),
});
export type CorpusInput = z.infer<typeof corpusSchema>;

export const sourceSchema = z.strictObject({
  title: requiredText,
  publisher: optionalText,
  author: optionalText,
  url: optionalText,
  published: edtfDate,
  estimated_date: edtfDate,
  estimated_date_basis: optionalText,
  language: optionalText,
  notes: optionalText,
});
export type SourceInput = z.infer<typeof sourceSchema>;

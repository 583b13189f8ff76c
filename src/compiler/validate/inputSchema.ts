// The INPUT format (docs/data-format.md) as zod schemas. Strict objects, so a misspelt field is an
// error instead of silently ignored. Cross-file rules (references, quotes, dates) come later.
import { z } from 'zod';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES, STATUSES } from '../../schema/attribution';
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

/** One entity id, or a list of them (`according_to: tiktok` or `according_to: [a, b]`). */
const references = z
  .union([reference, z.array(reference).min(1)])
  .nullable()
  .optional();

/** A passage of a text: the TextQuoteSelector without the source, for a source's own text. */
const passageFields = {
  exact: text,
  prefix: text.optional(),
  suffix: text.optional(),
  /** Optional offset hints (UTF-16, end exclusive) to pick an occurrence or check one. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
};
export const passageSchema = z.strictObject(passageFields);
export type PassageInput = z.infer<typeof passageSchema>;

export const quoteSchema = z.strictObject({
  source: reference,
  ...passageFields,
  /** Who asserts what this quote says, when not the relation's or the source's default. */
  according_to: references,
  /** Where this quote's content comes from: `self`, or a source or origin id. */
  origin: optionalText,
});
export type QuoteInput = z.infer<typeof quoteSchema>;

/** How one source puts a detail the sources differ on. */
export const readingSchema = z.strictObject({
  detail: requiredText,
  source: reference,
  reads: requiredText,
  exact: text.optional(),
  prefix: text.optional(),
  suffix: text.optional(),
});
export type ReadingInput = z.infer<typeof readingSchema>;

/** Who asserts a relation or claim, how, how credibly, and how sure its date is. */
const attributionFields = {
  according_to: references,
  status: z.enum(STATUSES).nullable().optional(),
  credibility: z
    .number()
    .int()
    .min(CREDIBILITY_GRADES[0])
    .max(CREDIBILITY_GRADES[CREDIBILITY_GRADES.length - 1] ?? CREDIBILITY_GRADES[0])
    .nullable()
    .optional(),
  date_relative_to: reference.nullable().optional(),
  readings: z.array(readingSchema).nullable().optional(),
};

export const entitySchema = z.strictObject({
  id,
  type: z.enum(ENTITY_TYPES),
  label: requiredText,
  aliases: z.array(requiredText).optional(),
  description: optionalText,
  external_ids: z.record(z.string(), text).optional(),
  former_ids: z.array(id).optional(),
  mentions: z.array(z.strictObject({ source: reference, ...passageFields })).optional(),
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
  /** Required unless per_claim is given (the claim's evidence is then the relation's). */
  evidence: z.array(quoteSchema).min(1).optional(),
  ...attributionFields,
  per_claim: reference.nullable().optional(),
});
export type RelationInput = z.infer<typeof relationSchema>;

export const claimSchema = z.strictObject({
  id,
  label: requiredText,
  statement: requiredText,
  claimant: reference.nullable().optional(),
  /** Free text; required with status inference. */
  note: optionalText,
  date: edtfDate,
  date_basis: optionalText,
  venue: optionalText,
  about: z.array(reference).optional(),
  evidence: z.array(quoteSchema).min(1),
  supported_by: z.array(reference).optional(),
  contradicted_by: z.array(reference).optional(),
  ...attributionFields,
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
  /** How its relations read as sentences, in the past tense; the label reads when absent. */
  readings: z.strictObject({ active: requiredText, passive: requiredText }).nullable().optional(),
});

const reliability = z.enum(RELIABILITY_GRADES).nullable().optional();

/** A report the corpus's sources relay whose text is not in the corpus. */
export const originSchema = z.strictObject({
  id,
  title: requiredText,
  publisher: optionalText,
  entity: reference.nullable().optional(),
  url: optionalText,
  published: edtfDate,
  relays: z.array(reference).nullable().optional(),
  reliability,
  notes: optionalText,
});

export const corpusSchema = z.strictObject({
  title: optionalText,
  description: optionalText,
  predicates: z.array(predicateDefinitionSchema).nullable().optional(),
  origins: z.array(originSchema).nullable().optional(),
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
  author_entity: reference.nullable().optional(),
  publisher_entity: reference.nullable().optional(),
  relays: z.array(reference).nullable().optional(),
  reliability,
  /** The text's headline: a quote of it, or false when the text has none (default: first line). */
  headline: z
    .union([z.literal(false), text, passageSchema])
    .nullable()
    .optional(),
  estimated_date_evidence: z.array(passageSchema).nullable().optional(),
});
export type SourceInput = z.infer<typeof sourceSchema>;

/** A value in a step's view as YAML writes it: a URL key's value, a list, or a switch. */
const viewValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);

/**
 * A story's step: a title, a caption in the captions' small Markdown (docs/data-format.md), and a
 * view written with the URL's keys (docs/url-format.md), as a mapping or as a link. No view is the
 * default view (the whole graph).
 */
export const storyStepSchema = z.strictObject({
  title: requiredText,
  caption: requiredText,
  view: z
    .union([z.string(), z.record(z.string(), viewValue.nullable())])
    .nullable()
    .optional(),
});

/** stories/<id>.yaml: a guided tour through the corpus, one view per step. */
export const storyFileSchema = z.strictObject({
  title: requiredText,
  description: optionalText,
  steps: z.array(storyStepSchema).min(1),
});
export type StoryFileInput = z.infer<typeof storyFileSchema>;

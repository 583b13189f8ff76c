// zod issues → messages a person editing YAML can act on, each pinned to the offending field.
import { z } from 'zod';
import { didYouMean } from '../suggest';
import type { PathSegment } from '../types';
import { MAX_ID_LENGTH } from './inputSchema';

export interface IssueReport {
  path: PathSegment[];
  /** Point at the key rather than its value (unknown fields). */
  key: boolean;
  message: string;
}

export interface IssueContext {
  /** The validated value, to quote what was actually written. */
  root: unknown;
  schema: z.ZodType;
  /** Scalar source text, e.g. `0123` for a value YAML read as 123. */
  sourceAt: (path: readonly PathSegment[]) => string | undefined;
  /** Where `root` sits in its file, for naming fields in messages. */
  basePath: readonly PathSegment[];
}

export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  ctx: IssueContext,
): IssueReport[] {
  return issues.flatMap((issue) => describeIssue(issue, ctx));
}

function describeIssue(issue: z.core.$ZodIssue, ctx: IssueContext): IssueReport[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const value = valueAt(ctx.root, path);
  const name = formatPath([...ctx.basePath, ...path]);
  const at = (message: string, key = false): IssueReport[] => [{ path, key, message }];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsAt(ctx.schema, path);
      return issue.keys.map((field) => ({
        path: [...path, field],
        key: true,
        message:
          `unknown field "${field}"${didYouMean(field, allowed)}` +
          (allowed.length > 0 ? `; allowed fields here: ${allowed.join(', ')}` : ''),
      }));
    }
    case 'invalid_type':
      return at(describeType(issue.expected, value, name, path, ctx));
    case 'invalid_value': {
      if (value === undefined) return at(missingField(path, ctx));
      const options = issue.values.map(String);
      if (path.at(-1) === 'type') {
        return at(
          `unknown entity type "${String(value)}"${didYouMean(String(value), options)}; ` +
            `use one of: ${options.filter((o) => o !== 'claim').join(', ')}`,
        );
      }
      return at(
        `"${String(value)}" is not allowed for ${name}${didYouMean(String(value), options)}; ` +
          `use one of: ${options.join(', ')}`,
      );
    }
    case 'invalid_format':
      if (name === 'id' || /\bid$|ids\[\d+\]$/.test(name)) {
        return at(
          `${name} "${String(value)}" is not a valid id: use lowercase letters a-z, digits and single ` +
            `hyphens, e.g. "${slugify(String(value))}"`,
        );
      }
      return at(
        `${name} "${String(value)}" has the wrong form: use lowercase letters, digits and underscores, ` +
          `starting with a letter, e.g. "${slugify(String(value)).replace(/-/g, '_')}"`,
      );
    case 'too_small':
      if (issue.origin === 'array') return at(`${name} needs at least ${issue.minimum} item`);
      if (issue.origin === 'string') return at(`${name} is empty: write some text`);
      return at(`${name} must be at least ${issue.minimum}`);
    case 'too_big':
      if (issue.origin === 'string') {
        return at(
          `${name} is ${String(value).length} characters long; at most ${MAX_ID_LENGTH} are allowed`,
        );
      }
      return at(`${name} is too large (at most ${issue.maximum})`);
    case 'invalid_union':
      if (value === null || value === undefined) return at(`${name} is empty: give a value`);
      if (path.at(-1) === 'according_to') {
        return at(
          `${name} must be an entity id or a list of them, e.g. according_to: tiktok or ` +
            `according_to: [tiktok, bytedance], not ${kindOf(value)}`,
        );
      }
      if (path.at(-1) === 'headline') {
        return at(
          `${name} must be the headline's text, a quote of it (exact:, prefix:, suffix:) or false ` +
            `when the text has none, not ${kindOf(value)}`,
        );
      }
      return at(
        `${name} must be an EDTF date written as text, e.g. '2021-09', not ${kindOf(value)}`,
      );
    default:
      return at(`${name}: ${issue.message}`);
  }
}

function describeType(
  expected: string,
  value: unknown,
  name: string,
  path: readonly PathSegment[],
  ctx: IssueContext,
): string {
  const field = path.at(-1);
  if (value === undefined) {
    if (path.length === 0) return `the file is empty: expected a mapping of fields`;
    return missingField(path, ctx);
  }
  if (value === null) return `${name} is empty: give a value or remove the field`;
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const written = ctx.sourceAt(path) ?? String(value);
    return (
      `${name} must be text, but YAML reads ${written} as ${kindOf(value)}: quote it, ` +
      `e.g. ${typeof field === 'string' ? `${field}: ` : ''}'${written}'`
    );
  }
  if (expected === 'array') {
    return `${name} must be a list, e.g. ${typeof field === 'string' ? field : 'items'}: [${
      typeof value === 'string' ? value : '...'
    }] or one "- item" per line; got ${kindOf(value)}`;
  }
  if (expected === 'object' || expected === 'record') {
    return path.length === 0
      ? `expected a mapping of fields (field: value lines) at the top of the file, got ${kindOf(value)}`
      : `${name} must be a mapping (field: value lines), got ${kindOf(value)}`;
  }
  if ((expected === 'int' || expected === 'number') && field === 'credibility') {
    return `${name} must be a whole number from 1 to 6 (see credibility grades), got ${kindOf(value)}`;
  }
  if (expected === 'int' || expected === 'number') {
    return `${name} must be a whole number of UTF-16 code units, got ${kindOf(value)}`;
  }
  return `${name} must be ${expected}, got ${kindOf(value)}`;
}

function missingField(path: readonly PathSegment[], ctx: IssueContext): string {
  const parent = formatPath([...ctx.basePath, ...path.slice(0, -1)]);
  return `missing required field "${String(path.at(-1))}"${parent ? ` in ${parent}` : ''}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a true/false value';
  if (typeof value === 'string') return `the text "${value}"`;
  return 'a mapping';
}

/** `relations[2].evidence[0].exact`, for messages. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/** The field names a strict object schema allows at a path, for "did you mean". */
function fieldsAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (s instanceof z.ZodObject && typeof segment === 'string') {
      s = unwrap((s.shape as Record<string, z.ZodType>)[segment]);
    } else if (s instanceof z.ZodArray && typeof segment === 'number') {
      s = unwrap(s.element as z.ZodType);
    } else {
      return [];
    }
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

function slugify(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH);
  return slug || 'my-id';
}

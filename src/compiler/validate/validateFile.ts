// Checks each parsed file against its input schema. Annotation lists are checked item by item, so
// one broken entity does not hide the rest of the file from later checks.
import type { z } from 'zod';
import type { Reporter } from '../diagnostics';
import type { ParsedFile } from '../parse/parsedFile';
import type { PathSegment } from '../types';
import { describeIssues, valueAt } from './describeIssue';
import {
  ITEM_SCHEMAS,
  annotationFileSchema,
  type ClaimInput,
  type EntityInput,
  type RelationInput,
} from './inputSchema';

/** A validated value and where it came from, so later errors can point back at it. */
export interface Item<T> {
  value: T;
  file: string;
  path: PathSegment[];
}

export interface AnnotationItems {
  entities: Item<EntityInput>[];
  relations: Item<RelationInput>[];
  claims: Item<ClaimInput>[];
  /** Ids of items that failed validation: known to exist, so references to them are not "unknown". */
  brokenIds: Set<string>;
  /** Where those ids are written, to catch near-duplicates among them too. */
  brokenIdPlaces: { id: string; file: string; path: PathSegment[] }[];
}

export function validateValue<T>(
  schema: z.ZodType<T>,
  file: string,
  parsed: ParsedFile,
  path: PathSegment[],
  reporter: Reporter,
): T | undefined {
  const value = path.length === 0 ? parsed.value : valueAt(parsed.value, path);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const reports = describeIssues(result.error.issues, {
    root: value,
    schema,
    sourceAt: (sub) => parsed.sourceAt([...path, ...sub]),
    basePath: path,
  });
  for (const report of reports) {
    reporter.error({ file, path: [...path, ...report.path], key: report.key }, report.message);
  }
  return undefined;
}

export function validateAnnotationFile(
  file: string,
  parsed: ParsedFile,
  reporter: Reporter,
  into: AnnotationItems,
): void {
  if (parsed.value === undefined) {
    reporter.warning({ file, path: [] }, 'file is empty: add entities:, relations: or claims:');
    return;
  }
  const top = validateValue(annotationFileSchema, file, parsed, [], reporter);
  if (!top) return;
  for (const list of ['entities', 'relations', 'claims'] as const) {
    const items = top[list] ?? [];
    items.forEach((raw, index) => {
      const path: PathSegment[] = [list, index];
      const schema = ITEM_SCHEMAS[list] as z.ZodType<unknown>;
      const value = validateValue(schema, file, parsed, path, reporter);
      if (value !== undefined) {
        (into[list] as Item<unknown>[]).push({ value, file, path });
      } else if (
        raw !== null &&
        typeof raw === 'object' &&
        'id' in raw &&
        typeof raw.id === 'string'
      ) {
        into.brokenIds.add(raw.id);
        into.brokenIdPlaces.push({ id: raw.id, file, path: [...path, 'id'] });
      }
    });
  }
}

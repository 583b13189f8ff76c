// Paths into a parsed file, as messages name them, and ids made from names.
import type { PathSegment } from '../types';
import { MAX_ID_LENGTH } from './inputSchema';

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

/** A valid id made from a name: "Carol Smith" → "carol-smith" (at most `maxLength` long). */
export function slugify(value: string, maxLength = MAX_ID_LENGTH): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'my-id';
}

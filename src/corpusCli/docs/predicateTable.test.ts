import { describe, expect, it } from 'vitest';
import { CLAIM_PREDICATE_DEFINITIONS, PREDICATE_DEFINITIONS } from '../../schema/vocabulary';
import {
  PREDICATE_TABLE_END,
  PREDICATE_TABLE_START,
  renderPredicateTable,
  replaceBetweenMarkers,
} from './predicateTable';

describe('renderPredicateTable', () => {
  const table = renderPredicateTable();

  it('has one row per predicate, built-in ones first, in vocabulary order', () => {
    const ids = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(
      [...PREDICATE_DEFINITIONS, ...CLAIM_PREDICATE_DEFINITIONS].map((p) => p.id),
    );
  });

  it('gives the label, the readings in sentences and the meaning', () => {
    expect(table).toContain(
      '| `employed_by` | is employed by | A was employed by B; B employed A | Subject works for the object. |',
    );
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces only what lies between the markers, and is idempotent', () => {
    const doc = `intro\n${PREDICATE_TABLE_START}\nold\n${PREDICATE_TABLE_END}\nafter\n`;
    const once = replaceBetweenMarkers(doc, PREDICATE_TABLE_START, PREDICATE_TABLE_END, 'new');
    expect(once).toBe(`intro\n${PREDICATE_TABLE_START}\n\nnew\n\n${PREDICATE_TABLE_END}\nafter\n`);
    expect(replaceBetweenMarkers(once, PREDICATE_TABLE_START, PREDICATE_TABLE_END, 'new')).toBe(
      once,
    );
  });

  it('refuses a document without the markers', () => {
    expect(() => replaceBetweenMarkers('no markers', '<a>', '<b>', 'x')).toThrow(
      'the markers <a> and <b> are missing or out of order',
    );
    expect(() => replaceBetweenMarkers('<b> then <a>', '<a>', '<b>', 'x')).toThrow('out of order');
  });
});

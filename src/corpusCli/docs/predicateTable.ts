// The table of predicates in docs/data-format.md, written from the vocabulary so it cannot drift:
// `npm run generate` puts it between the markers, and a test fails when the two differ.
import {
  CLAIM_PREDICATE_DEFINITIONS,
  PREDICATE_DEFINITIONS,
  type PredicateDefinition,
} from '../../schema/vocabulary';

export const PREDICATE_TABLE_START =
  '<!-- predicates:start (written by `npm run generate` from src/schema/vocabulary.ts) -->';
export const PREDICATE_TABLE_END = '<!-- predicates:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const sentences = (p: PredicateDefinition): string =>
  p.readings ? `A ${cell(p.readings.active)} B; B ${cell(p.readings.passive)} A` : '';

function rows(definitions: readonly PredicateDefinition[]): string[] {
  return definitions.map(
    (p) => `| \`${p.id}\` | ${cell(p.label)} | ${sentences(p)} | ${cell(p.description)} |`,
  );
}

/** The built-in predicates, then those generated from claims, as markdown tables. */
export function renderPredicateTable(): string {
  return [
    '| predicate | reads as | in sentences (A subject, B object) | meaning |',
    '| --- | --- | --- | --- |',
    ...rows(PREDICATE_DEFINITIONS),
    '',
    'Generated from claims, never written in a relation:',
    '',
    '| predicate | reads as | in sentences (A subject, B object) | meaning |',
    '| --- | --- | --- | --- |',
    ...rows(CLAIM_PREDICATE_DEFINITIONS),
  ].join('\n');
}

/** `document` with what lies between the two marker lines replaced by `content` (blank lines
 * around it, so markdown reads it as blocks of its own rather than part of the comment). */
export function replaceBetweenMarkers(
  document: string,
  start: string,
  end: string,
  content: string,
): string {
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) {
    throw new Error(`the markers ${start} and ${end} are missing or out of order`);
  }
  return `${document.slice(0, from + start.length)}\n\n${content}\n\n${document.slice(to)}`;
}

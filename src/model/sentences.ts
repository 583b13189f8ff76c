// Relations and claims as sentences, grammatical in tense and number: each predicate's readings
// (src/schema/vocabulary.ts, or corpus.yaml) are past tense and written for a singular subject;
// the subject's number, read from its label, picks "was" or "were". Labels are returned apart from the verb, so a page
// can isolate each in a <bdi> and a plain-text caller can join them.
import { ENTITY_TYPES, type PredicateReadings } from '../schema/vocabulary';
import type { GraphModel } from './types';

/** Which end of the relation the sentence starts from. */
export type SentenceVoice = 'active' | 'passive';

export interface Sentence {
  /** The entity the sentence starts with, and its label. */
  firstId: string;
  first: string;
  verb: string;
  secondId: string;
  second: string;
}

// Where a label's head noun ends: "Engineers in China", "employees heard in the recordings".
const AFTER_HEAD =
  /\s+(?:of|in|on|at|to|for|from|with|by|who|that|which|heard|controlled|banning)\s|\s*[(,:;—–]/;
// Words in -s that are not plurals.
const SINGULAR_IN_S = /(?:ss|us|is|news|series|species)$/;

/**
 * Whether a label names several things, read from its head noun (English): "Engineers in China",
 * "TikTok's data centers (US and Singapore)", "Central Beijing offices" are; "TikTok's US-based
 * leadership", "United States", "Project Texas", "BuzzFeed News" are not. A capitalised word
 * counts only in first place, since anywhere else it is likely a name.
 */
export function isPluralLabel(label: string): boolean {
  const cut = AFTER_HEAD.exec(label);
  const head = (cut ? label.slice(0, cut.index) : label).trim().split(/\s+/);
  const last = head[head.length - 1] ?? '';
  if (head.length > 1 && /^\p{Lu}/u.test(last)) return false;
  const word = last.toLowerCase();
  return word.length > 2 && word.endsWith('s') && !word.endsWith("'s") && !SINGULAR_IN_S.test(word);
}

const PLURAL_FORMS: Readonly<Record<string, string>> = { was: 'were', is: 'are', has: 'have' };

/** The verb phrase agreeing with its subject: "was part of" → "were part of" for a plural one. */
export function agreeVerb(phrase: string, plural: boolean): string {
  if (!plural) return phrase;
  const space = phrase.indexOf(' ');
  const head = space < 0 ? phrase : phrase.slice(0, space);
  const plain = PLURAL_FORMS[head];
  return plain === undefined ? phrase : plain + phrase.slice(head.length);
}

/**
 * The verb and the order for a relation read from one end. A predicate without readings reads by
 * its label, subject first, whichever end was asked for: a passive made up from a label would be
 * wrong more often than right.
 */
export function readPredicate(
  readings: PredicateReadings | null,
  label: string,
  voice: SentenceVoice,
): { verb: string; voice: SentenceVoice } {
  if (!readings) return { verb: label, voice: 'active' };
  return { verb: voice === 'active' ? readings.active : readings.passive, voice };
}

const CLAIM_TYPE = ENTITY_TYPES.indexOf('claim');

/**
 * Relation e as a sentence, from its subject (active) or its object (passive). A claim is one
 * thing whatever its label says; "stated" reads "X stated that …" without repeating X.
 */
export function describeRelationSentence(
  model: GraphModel,
  e: number,
  voice: SentenceVoice = 'active',
): Sentence {
  const { edges, nodes, predicates } = model;
  const p = edges.predicate[e] ?? 0;
  const read = readPredicate(predicates.readings[p] ?? null, predicates.labels[p] ?? '', voice);
  const subject = edges.source[e] ?? 0;
  const object = edges.target[e] ?? 0;
  const [first, second] = read.voice === 'active' ? [subject, object] : [object, subject];
  const firstLabel = nodes.labels[first] ?? '';
  const sentence = {
    firstId: nodes.ids[first] ?? '',
    first: firstLabel,
    verb: agreeVerb(read.verb, nodes.types[first] !== CLAIM_TYPE && isPluralLabel(firstLabel)),
    secondId: nodes.ids[second] ?? '',
    second: nodes.labels[second] ?? '',
  };
  if (predicates.ids[p] === 'stated' && read.voice === 'active') {
    const { connective, statement } = describeClaimStatement(firstLabel, sentence.second);
    return {
      ...sentence,
      verb: connective === 'that' ? 'stated that' : 'stated:',
      second: statement,
    };
  }
  return sentence;
}

/**
 * The opening of a list of one entity's relations of one predicate: "TikTok was owned by…" for
 * its incoming ones, "TikTok owned…" for its outgoing ones. Without readings the entity closes it:
 * "…lobbied Senate".
 */
export function describeRelationGroup(
  model: GraphModel,
  entityLabel: string,
  predicate: string,
  direction: 'outgoing' | 'incoming',
): { entityFirst: boolean; verb: string } {
  const p = model.predicates.index.get(predicate) ?? -1;
  const read = readPredicate(
    model.predicates.readings[p] ?? null,
    model.predicates.labels[p] ?? predicate,
    direction === 'outgoing' ? 'active' : 'passive',
  );
  if (direction === 'incoming' && read.voice === 'active') {
    return { entityFirst: false, verb: read.verb };
  }
  return { entityFirst: true, verb: agreeVerb(read.verb, isPluralLabel(entityLabel)) };
}

/** The plain text of a sentence (labels as they are: isolate them first where bidi matters). */
export const joinSentence = (sentence: Pick<Sentence, 'first' | 'verb' | 'second'>): string =>
  `${sentence.first} ${sentence.verb} ${sentence.second}`;

const LABEL_PREFIX = /^([^:]{1,60}):\s+(\S.*)$/s;

/**
 * What a claim says, for "<claimant> stated that …": its label without a leading "Claimant:" tag
 * that would repeat who said it ("TikTok: US data stays in the US"). A tag that names someone else
 * or something else ("Headline: …") stays, after a colon rather than "that".
 */
export function describeClaimStatement(
  claimant: string,
  label: string,
): { connective: 'that' | ':'; statement: string } {
  const match = LABEL_PREFIX.exec(label);
  const tag = match?.[1]?.trim().toLowerCase();
  const words = new Set(claimant.toLowerCase().split(/\s+/));
  const rest = match?.[2];
  if (
    tag !== undefined &&
    rest !== undefined &&
    (tag === claimant.toLowerCase() || words.has(tag))
  ) {
    return startsWithQuote(rest)
      ? { connective: ':', statement: rest }
      : { connective: 'that', statement: lowerFirstWord(rest) };
  }
  if (match || startsWithQuote(label)) return { connective: ':', statement: label };
  return { connective: 'that', statement: lowerFirstWord(label) };
}

const startsWithQuote = (text: string): boolean => /^["'“‘«]/.test(text);

/** "The tapes…" → "the tapes…" after "that"; names and acronyms ("TikTok", "US", "I") stay. */
function lowerFirstWord(text: string): string {
  const word = /^\p{Lu}\p{Ll}*(?=\s)/u.exec(text)?.[0];
  return word && COMMON_OPENERS.has(word) ? word.toLowerCase() + text.slice(word.length) : text;
}

// Only words a sentence commonly opens with lose their capital: any other may be a name.
const COMMON_OPENERS: ReadonlySet<string> = new Set(
  [
    'A The This That These Those There It Its An All None No Some Where When Whether',
    'Lawmakers Leaked Hiring Employees Engineers Users Data Staff',
  ]
    .join(' ')
    .split(' '),
);

/** A claim as a sentence: "TikTok stated that US data stays in the US, China has no access". */
export function describeClaimSentence(claimant: string, label: string): string {
  const { connective, statement } = describeClaimStatement(claimant, label);
  return `${claimant} stated${connective === 'that' ? ' that' : ':'} ${statement}`;
}

// Sentences of synthetic source texts. Every evidence sentence carries a reference code that
// is unique in the corpus, so each quote matches its source exactly once by construction.
import type { Rng } from '../rng';
import type { GeneratedDate } from './dates';
import type { WordSource } from './names';

const FILLER = [
  'The company declined to comment.',
  'Officials did not respond to requests for comment.',
  'The records were reviewed by several reporters over a period of weeks.',
  'Two people familiar with the matter confirmed the account.',
  'A spokesperson said the matter was under review.',
  'The documents have not been published in full.',
  'Several former employees described a similar pattern.',
  'Lawmakers have asked for a briefing on the matter.',
  'It is not clear how many people were affected.',
  'The agency said it does not comment on ongoing investigations.',
];

const MENTION_FILLER = [
  (label: string) => `${label} did not respond to a request for comment.`,
  (label: string) => `A representative for ${label} declined to elaborate.`,
  (label: string) => `Questions about ${label} remain unanswered.`,
];

/** A reference code unique in the corpus, e.g. `KT-1042`: the serial makes it unique. */
export function referenceCode(rng: Rng, serial: number): string {
  const letters = String.fromCharCode(65 + rng.int(26), 65 + rng.int(26));
  return `${letters}-${serial}`;
}

/** One sentence stating `subject verb object`, dated when the date is known. */
export function evidenceSentence(
  rng: Rng,
  subject: string,
  verb: string,
  object: string,
  date: GeneratedDate | null,
  code: string,
): string {
  const when = date ? ` ${date.phrase}` : '';
  switch (rng.int(4)) {
    case 0:
      return `${subject} ${verb} ${object}${when}, according to filing ${code}.`;
    case 1:
      return date
        ? `${capitalise(date.phrase)}, ${subject} ${verb} ${object}, records numbered ${code} show.`
        : `${subject} ${verb} ${object}, records numbered ${code} show.`;
    case 2:
      return `Documents filed under reference ${code} indicate that ${subject} ${verb} ${object}${when}.`;
    default:
      return `${subject} ${verb} ${object}${when}, as logged in docket ${code}.`;
  }
}

/** The sentence that carries a claim: who said it, what, and where it was recorded. */
export function claimSentence(claimant: string, statement: string, code: string): string {
  return `${claimant} said that ${statement}, in a statement catalogued as ${code}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const HEADLINES = [
  (w: string) => `What the ${w} files reveal`,
  (w: string) => `Inside the ${w} data deal`,
  (w: string) => `${w} insiders describe mounting pressure`,
  (w: string) => `The ${w} investigation`,
  (w: string) => `How ${w} became a flashpoint`,
  (w: string) => `Leaked ${w} recordings raise questions`,
];

/** A title no other source has: each uses a fresh invented word. */
export function headline(rng: Rng, words: WordSource): string {
  return rng.pick(HEADLINES)(words.next());
}

/**
 * Lays sentences out as a published text: the title, then paragraphs of 3-6 sentences with
 * filler between the evidence, and now and then a sentence that only mentions an entity.
 */
export function composeText(
  rng: Rng,
  title: string,
  sentences: readonly string[],
  mentionLabel: () => string,
): string {
  const body: string[] = [];
  const minimum = Math.max(sentences.length, 4);
  let next = 0;
  while (next < sentences.length || body.length < minimum) {
    const roll = rng.next();
    if (roll < 0.15 || next >= sentences.length) {
      body.push(rng.chance(0.5) ? rng.pick(FILLER) : rng.pick(MENTION_FILLER)(mentionLabel()));
    } else {
      body.push(sentences[next++] ?? '');
    }
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length;) {
    const length = 3 + rng.int(4);
    paragraphs.push(body.slice(i, i + length).join(' '));
    i += length;
  }
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

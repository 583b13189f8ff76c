// Labels for synthetic entities, sources and people. Every entity gets its own invented word
// root, so a label never occurs inside another entity's label and mentions stay attributable.
import type { Rng } from '../rng';
import type { EntityType } from '../../src/schema/vocabulary';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const CLUSTERS = [
  'br',
  'cr',
  'dr',
  'gr',
  'kr',
  'pr',
  'st',
  'tr',
  'th',
  'sh',
  'ch',
  'fl',
  'pl',
  'sk',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'io', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'x', 'm', 'nd', 'rk', 'st', 'th', 'ck'];

const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Alice',
  'Amara',
  'Anna',
  'Arjun',
  'Ben',
  'Bruno',
  'Carla',
  'Chen',
  'Clara',
  'Daniel',
  'Dara',
  'David',
  'Elena',
  'Emil',
  'Emma',
  'Farah',
  'Felix',
  'Grace',
  'Hana',
  'Hugo',
  'Ines',
  'Ivan',
  'Jamal',
  'James',
  'Jia',
  'Jonas',
  'Julia',
  'Kai',
  'Karim',
  'Laura',
  'Lena',
  'Leo',
  'Lin',
  'Lucas',
  'Maya',
  'Mei',
  'Mira',
  'Nadia',
  'Noah',
  'Nora',
  'Omar',
  'Oscar',
  'Paula',
  'Priya',
  'Rafael',
  'Rosa',
  'Ruth',
  'Sam',
  'Sara',
  'Sofia',
  'Tariq',
  'Theo',
  'Uma',
  'Vera',
  'Victor',
  'Wei',
  'Yara',
  'Yusuf',
  'Zoe',
];

const ORG_SUFFIXES = [
  'Holdings',
  'Analytics',
  'Group',
  'Labs',
  'Systems',
  'Capital',
  'Media',
  'Partners',
  'Technologies',
  'Networks',
  'Logistics',
  'Bank',
  'Institute',
  'Foundation',
  'Agency',
  'Commission',
  'Times',
  'Post',
];

/** How each entity type's label is built from an invented word `w` (capitalised). */
const LABEL_PATTERNS: Record<
  Exclude<EntityType, 'claim' | 'person' | 'organization'>,
  ((w: string, n: number) => string)[]
> = {
  group: [
    (w) => `${w}-based engineers`,
    (w) => `${w} contractors`,
    (w) => `${w} Union members`,
    (w) => `${w} moderators`,
  ],
  government_action: [
    (w, n) => `${w} Executive Order ${n}`,
    (w) => `${w} Data Ban`,
    (w) => `${w} Export Restriction`,
  ],
  law: [
    (w) => `${w} Data Protection Act`,
    (w, n) => `${w} Security Act of ${1990 + (n % 35)}`,
    (w, n) => `Article ${n % 90} of the ${w} Code`,
  ],
  program: [(w) => `Project ${w}`, (w) => `${w} Initiative`, (w) => `${w} Programme`],
  event: [
    (w, n) => `${w} Summit ${1995 + (n % 30)}`,
    (w) => `${w} hearing`,
    (w) => `${w} leak`,
    (w) => `${w} all-hands meeting`,
  ],
  data_asset: [
    (w) => `${w} user database`,
    (w) => `${w} servers`,
    (w) => `${w} recordings`,
    (w) => `${w} access logs`,
  ],
  document: [(w) => `${w} Report`, (w) => `${w} memo`, (w) => `${w} testimony`],
  product: [(w) => `${w} App`, (w) => `${w}Pay`, (w) => `${w} Cloud`, (w) => `${w} Messenger`],
  place: [
    (w) => `${w} City`,
    (w) => `${w} Province`,
    (w) => `Republic of ${w}`,
    (w) => `Port ${w}`,
  ],
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Hands out invented words, each at most once per corpus. */
export class WordSource {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(): string {
    for (;;) {
      const syllables = 2 + (this.rng.chance(0.3) ? 1 : 0);
      let word = '';
      for (let i = 0; i < syllables; i++) {
        word += this.rng.chance(0.25) ? this.rng.pick(CLUSTERS) : this.rng.pick(ONSETS);
        word += this.rng.pick(VOWELS);
        if (i === syllables - 1 || this.rng.chance(0.3)) word += this.rng.pick(CODAS);
      }
      if (word.length < 4 || this.used.has(word)) continue;
      this.used.add(word);
      return capitalise(word);
    }
  }
}

export interface EntityName {
  label: string;
  aliases: string[];
}

export function nameEntity(
  rng: Rng,
  words: WordSource,
  type: EntityType,
  serial: number,
): EntityName {
  const word = words.next();
  if (type === 'person') {
    const first = rng.pick(FIRST_NAMES);
    const middle = rng.chance(0.15) ? ` ${String.fromCharCode(65 + rng.int(26))}.` : '';
    const aliases = rng.chance(0.2) ? [`${first.charAt(0)}. ${word}`] : [];
    return { label: `${first}${middle} ${word}`, aliases };
  }
  if (type === 'organization') {
    return { label: `${word} ${rng.pick(ORG_SUFFIXES)}`, aliases: rng.chance(0.2) ? [word] : [] };
  }
  if (type === 'claim') throw new Error('claims are not named here');
  return { label: rng.pick(LABEL_PATTERNS[type])(word, serial), aliases: [] };
}

const MASTHEADS = [
  'Times',
  'Post',
  'Herald',
  'Tribune',
  'Review',
  'Daily',
  'Wire',
  'Journal',
  'Observer',
  'Ledger',
];

/** A publisher's name, e.g. `The Krikre Tribune`. */
export function namePublisher(rng: Rng, words: WordSource): string {
  return `The ${words.next()} ${rng.pick(MASTHEADS)}`;
}

/** A by-line: a first name and an invented surname that no entity uses. */
export function nameAuthor(rng: Rng, words: WordSource): string {
  return `${rng.pick(FIRST_NAMES)} ${words.next()}`;
}

/** Lowercase slug as the data format wants for ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

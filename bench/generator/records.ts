// The YAML records of the input format (docs/data-format.md) for generated entities, dates and
// sources.
import type { Rng } from '../rng';
import { formatDay, sampleDay, type GeneratedDate } from './dates';
import type { Entity } from './graph';
import { nameAuthor, slugify, type WordSource } from './names';

export function datedFields(rng: Rng, date: GeneratedDate | null): Record<string, string> {
  if (!date) return {};
  return rng.chance(0.3)
    ? { date: date.edtf, date_basis: `"${date.phrase}" in the text` }
    : { date: date.edtf };
}

export function entityRecord(e: Entity): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    label: e.label,
    ...(e.aliases.length > 0 ? { aliases: e.aliases } : {}),
    description: `Synthetic ${e.type.replace('_', ' ')} from community ${e.community + 1}.`,
    ...(e.externalIds ? { external_ids: e.externalIds } : {}),
    ...(e.formerIds.length > 0 ? { former_ids: e.formerIds } : {}),
  };
}

export function sourceRecord(
  rng: Rng,
  words: WordSource,
  title: string,
  publisher: string,
): Record<string, unknown> {
  const day = sampleDay(rng);
  const dated = rng.chance(0.92);
  const estimated = !dated && rng.chance(0.5);
  return {
    title,
    publisher,
    ...(rng.chance(0.7) ? { author: nameAuthor(rng, words) } : {}),
    ...(rng.chance(0.85)
      ? { url: `https://news.${slugify(publisher)}.example/${day[0]}/${slugify(title)}` }
      : {}),
    ...(dated ? { published: formatDay(day) } : {}),
    ...(estimated
      ? {
          estimated_date: `${day[0]}`,
          estimated_date_basis: `"this year" and events the text dates to ${day[0]}`,
        }
      : {}),
    language: 'en',
    ...(rng.chance(0.05) ? { notes: 'Paywalled; text copied from the print edition.' } : {}),
  };
}

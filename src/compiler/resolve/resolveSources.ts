// Source metadata → the compiled source list (mentions are added later).
import type { SourceWithText } from '../output/buildGraph';
import { at, readDate, textOrNull, type ResolveContext } from './context';

export function resolveSources(ctx: ResolveContext): SourceWithText[] {
  const compiled: SourceWithText[] = [];
  const ids = [...ctx.corpus.sources.keys()].sort();
  for (const id of ids) {
    const source = ctx.corpus.sources.get(id);
    if (!source) continue;
    const { meta, file } = source;
    const url = textOrNull(meta.url);
    if (url !== null && !isHttpUrl(url)) {
      ctx.reporter.error(
        at(file, ['url']),
        `url "${url}" is not an http(s) URL: write the full address starting with https:// or http://, or leave it empty`,
      );
    }
    const language = textOrNull(meta.language);
    if (language !== null && !isLanguageTag(language)) {
      ctx.reporter.error(
        at(file, ['language']),
        `language "${language}" is not a BCP 47 tag: write e.g. en, de or pt-BR`,
      );
    }
    const published = readDate(ctx, meta.published, at(file, ['published']));
    const estimated = readDate(ctx, meta.estimated_date, at(file, ['estimated_date']));
    const basis = textOrNull(meta.estimated_date_basis);
    if (estimated && basis === null) {
      ctx.reporter.error(
        at(file, ['estimated_date']),
        'estimated_date needs estimated_date_basis: say which phrases in the text place it',
      );
    }
    if (basis !== null && meta.estimated_date == null) {
      ctx.reporter.error(
        at(file, ['estimated_date_basis']),
        'estimated_date_basis without estimated_date: add the date it explains, or remove it',
      );
    }
    compiled.push({
      id,
      title: meta.title,
      publisher: textOrNull(meta.publisher),
      author: textOrNull(meta.author),
      url,
      published: published?.date ?? null,
      estimatedDate: estimated?.date ?? null,
      estimatedDateBasis: basis,
      language,
      notes: textOrNull(meta.notes),
      text: source.text,
      mentions: [],
    });
  }
  return compiled;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

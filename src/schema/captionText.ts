// The captions' small Markdown: paragraphs (blank lines), *emphasis* or _emphasis_, **strong**,
// [text](https://…) links, and references: [[id]] for an entity, relation or claim, and
// [[quote:id#n]] for the n-th quote of a relation or claim. Nothing else is markup: `<b>` is
// the three characters it is written with. Parsing is syntax only; what ids mean is the
// compiler's business (it resolves references into the nodes of story.ts).

/** A caption piece before its references are resolved. */
export type CaptionToken =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; href: string }
  | { type: 'ref'; id: string }
  | { type: 'quote'; item: string; n: number };

export interface CaptionProblem {
  message: string;
}

export interface ParsedCaption {
  paragraphs: CaptionToken[][];
  problems: CaptionProblem[];
}

const REFERENCE = /^\[\[([^\]\n]*)\]\]/;
const LINK = /^\[([^\]\n]+)\]\(([^)\s]*)\)/;
const STRONG = /^\*\*([^*\n]+)\*\*/;
const EMPHASIS = /^(?:\*([^*\n]+)\*|_([^_\n]+)_)/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUOTE = /^quote:([^#\s]+)#(\d+)$/;
// No quotes or angle brackets: never needed in a real address, always suspicious in one.
const SAFE_URL = /^https?:\/\/[^\s/?#"'<>`]+[^\s"'<>`]*$/i;

/** Whether a link may be followed from a caption: http(s) with a host, nothing else. */
export function isSafeUrl(href: string): boolean {
  if (!SAFE_URL.test(href)) return false;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function readReference(inner: string, problems: CaptionProblem[]) {
  const quote = QUOTE.exec(inner);
  if (quote) {
    const [, item = '', n = '0'] = quote;
    if (ID.test(item) && Number(n) >= 1) return { type: 'quote', item, n: Number(n) } as const;
  } else if (ID.test(inner)) {
    return { type: 'ref', id: inner } as const;
  }
  problems.push({
    message:
      `"[[${inner}]]" is not a reference: write [[id]] for an entity, relation or claim, ` +
      'or [[quote:id#n]] for the n-th quote of a relation or claim (n from 1)',
  });
  return null;
}

function parseParagraph(text: string, problems: CaptionProblem[]): CaptionToken[] {
  const tokens: CaptionToken[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') tokens.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const char = text[i];
    let match: RegExpExecArray | null = null;
    if (char === '[' && (match = REFERENCE.exec(rest))) {
      const token = readReference(match[1] ?? '', problems);
      if (token) {
        flush();
        tokens.push(token);
      }
    } else if (char === '[' && (match = LINK.exec(rest))) {
      const [, label = '', href = ''] = match;
      if (isSafeUrl(href)) {
        flush();
        tokens.push({ type: 'link', text: label, href });
      } else {
        problems.push({
          message: `unsafe link "${href}": a caption links only to http:// or https:// addresses`,
        });
      }
    } else if (char === '*' && (match = STRONG.exec(rest))) {
      flush();
      tokens.push({ type: 'strong', text: match[1] ?? '' });
    } else if ((char === '*' || char === '_') && (match = EMPHASIS.exec(rest))) {
      flush();
      tokens.push({ type: 'emphasis', text: match[1] ?? match[2] ?? '' });
    }
    if (match) {
      i += match[0].length;
    } else {
      plain += char;
      i += 1;
    }
  }
  flush();
  return tokens;
}

/** Splits a caption into paragraphs of tokens; lines within a paragraph join with a space. */
export function parseCaption(caption: string): ParsedCaption {
  const problems: CaptionProblem[] = [];
  const paragraphs: CaptionToken[][] = [];
  for (const block of caption.split(/\n[ \t]*\n/)) {
    const joined = block.replace(/\s*\n\s*/g, ' ').trim();
    if (joined !== '') paragraphs.push(parseParagraph(joined, problems));
  }
  return { paragraphs, problems };
}

// Bytes → text, catching what makes a file unusable before any parser sees it: size, encoding,
// byte-order mark, NUL bytes.
import type { Position } from '../diagnostics';

/** Per-file limit. Larger files are refused before decoding, so a stray 50 MB file fails fast. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface TextProblem {
  pos: Position;
  message: string;
}

export interface DecodedText {
  /** Undefined when the file cannot be used at all. */
  text: string | undefined;
  problems: TextProblem[];
}

const START: Position = { line: 1, col: 1 };

export function decodeText(content: string | Uint8Array, maxBytes = MAX_FILE_BYTES): DecodedText {
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
  if (size > maxBytes) {
    return {
      text: undefined,
      problems: [
        {
          pos: START,
          message:
            `file is ${formatMegabytes(size)}, over the ${formatMegabytes(maxBytes)} limit for corpus files: ` +
            'split annotations into several files under annotations/, or move the file out of the corpus',
        },
      ],
    };
  }
  const problems: TextProblem[] = [];
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    } catch {
      const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(content);
      return {
        text: undefined,
        problems: [
          {
            pos: positionAt(lossy, Math.max(0, lossy.indexOf('\ufffd'))),
            message: 'file is not valid UTF-8: save it with UTF-8 encoding',
          },
        ],
      };
    }
  }
  if (text.startsWith('\ufeff')) {
    problems.push({
      pos: START,
      message: 'file starts with a byte-order mark (BOM): save without BOM (plain UTF-8)',
    });
    text = text.slice(1);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    problems.push({
      pos: positionAt(text, nul),
      message:
        'file contains a NUL byte: it looks binary or corrupted; save it as plain UTF-8 text',
    });
    return { text: undefined, problems };
  }
  return { text, problems };
}

/** 1-based line and column of a UTF-16 offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

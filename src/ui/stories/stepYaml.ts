// "Add this view as a step" (npm run dev): the current view as a story step in YAML, written
// with the URL's own keys and values, so the compiler reads it back through the same decoder.
import { encodeViewState } from '../../url/codec';
import { decodeToken } from '../../url/text';
import type { ViewState } from '../../viewState/viewState';

/** Keys whose value is a list of items (written as a YAML list). */
const LIST_KEYS = new Set(['exp', 'hide', 'pin', 'src', 'xt', 'xp']);

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9_.*-]*$/;

/** Plain scalars YAML's core schema reads back as these very characters: small whole numbers, days. */
const READS_AS_WRITTEN = /^(?:0|[1-9]\d{0,14}|\d{4}-\d{2}-\d{2})$/;

/** A scalar YAML reads back as the same text: quoted unless plainly so (`00` would read as 0). */
function scalar(text: string): string {
  const plain =
    READS_AS_WRITTEN.test(text) ||
    (PLAIN.test(text) && !/^[\d.+-]/.test(text) && !/^(true|false|null|~)$/i.test(text));
  return plain ? text : JSON.stringify(text);
}

/** The view's keys and values, as the canonical link writes them (without `v`). */
export function viewEntries(view: ViewState): [string, string | string[]][] {
  const query = encodeViewState(view);
  if (query === '') return [];
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), pair.slice(eq + 1)] as const;
    })
    .filter(([key]) => key !== 'v')
    .map(([key, raw]): [string, string | string[]] => {
      const decode = (part: string) => decodeToken(part) ?? part;
      if (LIST_KEYS.has(key)) return [key, raw === '' ? [] : raw.split(',').map(decode)];
      return [key, decode(raw)];
    });
}

/** A step to paste under `steps:` of a story file (two-space indented list item). */
export function viewAsStepYaml(view: ViewState): string {
  const entries = viewEntries(view);
  const lines = ['  - title: ', '    caption: |', '      ', ''];
  if (entries.length === 0) {
    lines[3] = '    view: {}';
  } else {
    lines[3] = '    view:';
    for (const [key, value] of entries) {
      const written = Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value);
      lines.push(`      ${key}: ${written}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// Generated YAML and the way back: which value sits at a line and column of it, so a compiler
// diagnostic in a generated file can be told as the spreadsheet cell the value came from.
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** `header` comment lines, then `value` as block YAML (no line folding, keys in insertion order). */
export function renderYaml(header: readonly string[], value: unknown): string {
  const document = new Document(withoutUndefined(value));
  const comments = header.map((line) => `# ${line}`.trimEnd());
  return [...comments, document.toString({ lineWidth: 0 })].join('\n');
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    );
  }
  return value;
}

interface Span {
  start: number;
  end: number;
  path: string;
}

/**
 * A function from a 1-based line and column of `text` to the path (`relations.2.evidence.0.exact`)
 * of the innermost value, or mapping key, there; '' at the top.
 */
export function pathLocator(text: string): (line: number, col: number) => string {
  const spans: Span[] = [];
  const visit = (node: Node | null | undefined, path: string): void => {
    if (!node?.range) return;
    spans.push({ start: node.range[0], end: node.range[1], path });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const child = path === '' ? String(pair.key.value) : `${path}.${String(pair.key.value)}`;
        if (pair.key.range)
          spans.push({ start: pair.key.range[0], end: pair.key.range[1], path: child });
        visit(pair.value as Node | null, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) =>
        visit(item as Node, path === '' ? `${index}` : `${path}.${index}`),
      );
    }
  };
  visit(parseDocument(text).contents as Node | null, '');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
  return (line, col) => {
    const offset = (lineStarts[line - 1] ?? text.length) + col - 1;
    let best: Span | undefined;
    for (const span of spans) {
      // The innermost: the shortest span holding the offset (an empty value holds its start).
      const holds = offset >= span.start && (offset < span.end || offset === span.start);
      if (holds && (!best || span.end - span.start <= best.end - best.start)) best = span;
    }
    return best?.path ?? '';
  };
}

import { describe, expect, it } from 'vitest';
import { parseParts, stringifyParts, toParsedFile } from './parsedFile';
import { parseYamlParts } from './parseYaml';

const text = 'relations:\n  - id: r1\n    date: 2021\n    note: "two\\nlines"\n';

describe('parts as text', () => {
  it('round-trips the value, problems and shadow', () => {
    const parts = parseYamlParts(text);
    const back = parseParts(stringifyParts(parts) ?? '');
    expect(back).toEqual(parts);
    // What the shadow is for: locating fields and reading numbers as written.
    const file = toParsedFile(text, back);
    expect(file.locate(['relations', 0, 'date'], false)).toEqual({ line: 3, col: 11 });
    expect(file.sourceAt(['relations', 0, 'date'])).toBe('2021');
  });

  it('gives back the text it was read from, when stored again', () => {
    const stored = stringifyParts(parseYamlParts(text)) ?? '';
    expect(stringifyParts(parseParts(stored))).toBe(stored);
  });

  it('leaves the shadow unparsed until it is read', () => {
    const head = JSON.stringify({ value: { a: 1 }, rootOffset: 0, problems: [] });
    const parts = parseParts(`${head}\nnot json`);
    const file = toParsedFile('a: 1\n', parts);
    expect(file.value).toEqual({ a: 1 });
    expect(file.ok).toBe(true);
    expect(() => file.locate(['a'], false)).toThrow(SyntaxError);
  });

  it('refuses text in another shape', () => {
    expect(() => parseParts(JSON.stringify(parseYamlParts(text)))).toThrow(/two lines/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseYaml } from './parseYaml';

describe('parseYaml', () => {
  it('reads YAML 1.2 core: no/yes stay strings, dates stay strings, numbers are numbers', () => {
    const parsed = parseYaml('a: no\nb: 2020-08-01\nc: 0123\nd: yes\n');
    expect(parsed.ok).toBe(true);
    expect(parsed.value).toEqual({ a: 'no', b: '2020-08-01', c: 123, d: 'yes' });
    expect(parsed.sourceAt(['c'])).toBe('0123');
  });

  it('locates values, keys, list items, and falls back to the parent for missing fields', () => {
    const parsed = parseYaml('entities:\n  - id: a\n    label: A\n  - id: b\n');
    expect(parsed.locate(['entities', 1, 'id'], false)).toEqual({ line: 4, col: 9 });
    expect(parsed.locate(['entities', 0, 'label'], true)).toEqual({ line: 3, col: 5 });
    expect(parsed.locate(['entities', 1, 'label'], false)).toEqual({ line: 4, col: 5 });
    expect(parsed.locate(['nothing'], false)).toEqual({ line: 1, col: 1 });
  });

  it('keeps a key named __proto__ as an ordinary field', () => {
    const parsed = parseYaml('__proto__: x\n');
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });

  it.each([
    ['tab indentation', 'a:\n\t- b\n', 2, 1, 'tab used as indentation'],
    ['duplicate keys', 'a: 1\nb: 2\na: 3\n', 3, 1, 'duplicate key "a"'],
    ['unclosed double quote', 'a: "abc\nb: c\n', 1, 4, 'unclosed " quote'],
    ['unclosed single quote', "a: 'abc\nb: c\n", 1, 4, "unclosed ' quote"],
    ['several documents', 'a: 1\n---\nb: 2\n', 2, 1, 'a second YAML document'],
    ['an unquoted ": " in a value', 'a: b: c\n', 1, 4, 'quote values that contain ": "'],
    ['aliases', 'a: &x 1\nb: *x\n', 2, 4, 'alias *x is not supported'],
    ['unknown tags', 'a: !foo x\n', 1, 4, 'remove the tag'],
  ])('reports %s at line:col', (_name, text, line, col, message) => {
    const parsed = parseYaml(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]?.pos).toEqual({ line, col });
    expect(parsed.problems[0]?.message).toContain(message);
  });

  it('reports one error per line and nothing but the tab when tabs confuse the parser', () => {
    const parsed = parseYaml('entities:\n  - id: a\n\t- id: b\n    label: B\n');
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'tab used as indentation: YAML allows only spaces; indent with spaces',
    ]);
  });

  it('reads an empty file as undefined', () => {
    expect(parseYaml('').value).toBeUndefined();
    expect(parseYaml('# only a comment\n').value).toBeUndefined();
  });
});

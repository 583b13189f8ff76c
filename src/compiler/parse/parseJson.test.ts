import { describe, expect, it } from 'vitest';
import { parseJson } from './parseJson';

describe('parseJson', () => {
  it('parses JSON like JSON.parse and locates every field', () => {
    const text = '{\n  "a": [1, {"b": "x\\n\\u00e9"}],\n  "c": -1.5e3, "d": null, "e": true\n}\n';
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(parsed.locate(['a', 1, 'b'], false)).toEqual({ line: 2, col: 18 });
    expect(parsed.locate(['a', 1, 'b'], true)).toEqual({ line: 2, col: 13 });
    expect(parsed.locate(['c'], true)).toEqual({ line: 3, col: 3 });
    expect(parsed.sourceAt(['c'])).toBe('-1.5e3');
  });

  it.each([
    ['a duplicate key', '{"a": 1,\n "a": 2}', 2, 2, 'duplicate key "a"'],
    ['a trailing comma', '{"a": 1,}', 1, 9, 'trailing comma'],
    ['a trailing comma in a list', '[1, 2, ]', 1, 8, 'trailing comma'],
    ['single quotes', "{'a': 1}", 1, 2, 'expected a field name'],
    ['a comment', '{\n  // no\n}', 2, 3, 'comments are not allowed'],
    ['an unclosed object', '{"a": [1, 2]', 1, 13, 'expected , or }'],
    ['an unclosed string', '{"a": "b}', 1, 7, 'unclosed string'],
    ['text after the value', '{} {}', 1, 4, 'unexpected text'],
    ['a bad escape', '{"a": "\\q"}', 1, 8, 'invalid escape'],
  ])('reports %s at line:col', (_name, text, line, col, message) => {
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]?.pos).toEqual({ line, col });
    expect(parsed.problems[0]?.message).toContain(message);
  });

  it('reads an empty file as undefined', () => {
    expect(parseJson('  \n').value).toBeUndefined();
  });
});

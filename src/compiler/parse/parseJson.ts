// Strict JSON (RFC 8259) → plain values with positions. Hand-written because JSON.parse neither
// reports duplicate keys nor says where anything is, and the yaml parser is ~50× slower on big files.
import type { TextProblem } from './decodeText';
import { setField, toParsedFile, type ParsedFile, type ParsedParts } from './parsedFile';
import { LineIndex, type Shadow, type Slot } from './positionIndex';

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJson(text: string): ParsedFile {
  return toParsedFile(text, parseJsonParts(text));
}

export function parseJsonParts(text: string): ParsedParts {
  const problems: TextProblem[] = [];
  const lines = new LineIndex(text);
  let i = 0;
  /** Shadow of the value parseValue last returned, if it was an object or array. */
  let lastShadow: Shadow | undefined;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(at, message);
  };
  const skipWhitespace = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i += 1;
      else if (c === 47)
        fail('comments are not allowed in JSON: remove them (or use a .yaml file)');
      else return;
    }
  };
  const parseString = (): string => {
    const start = (i += 1);
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) return parseEscapedString(start);
      if (Number.isNaN(c)) fail('unclosed string: add the closing "', start - 1);
      if (c < 32) fail('line break or control character inside a string: write \\n instead');
      i += 1;
    }
    i += 1;
    return text.slice(start, i - 1);
  };
  const parseEscapedString = (start: number): string => {
    let out = text.slice(start, i);
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (Number.isNaN(c)) fail('unclosed string: add the closing "', start - 1);
      if (c < 32) fail('line break or control character inside a string: write \\n instead');
      if (c === 92) {
        const e = text[i + 1];
        const escaped = e === undefined ? undefined : ESCAPES[e];
        if (escaped !== undefined) {
          out += escaped;
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail(`invalid escape \\${e ?? ''}: write \\\\ for a backslash`);
        }
      } else {
        out += text[i];
        i += 1;
      }
    }
    i += 1;
    return out;
  };
  const parseValue = (): unknown => {
    skipWhitespace();
    lastShadow = undefined;
    const c = text[i];
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return Number(number[0]);
    }
    if (c === undefined)
      return fail('unexpected end of file: a value is missing or a { or [ is not closed');
    if (c === "'") return fail('JSON strings use double quotes: write "..." instead of \'...\'');
    return fail(`unexpected character ${JSON.stringify(c)}: expected a value`);
  };
  const parseObject = (): Record<string, unknown> => {
    const map: Record<string, unknown> = {};
    const fields: [string, Slot][] = [];
    const seen = new Set<string>();
    const done = (): Record<string, unknown> => {
      lastShadow = { f: fields };
      return map;
    };
    i += 1;
    skipWhitespace();
    if (text[i] === '}') {
      i += 1;
      return done();
    }
    for (;;) {
      skipWhitespace();
      const keyOffset = i;
      if (text[i] !== '"') {
        fail(
          text[i] === '}'
            ? 'trailing comma: remove the comma before }'
            : 'expected a field name in double quotes',
        );
      }
      const name = parseString();
      skipWhitespace();
      if (text[i] !== ':') fail(`expected : after "${name}"`);
      i += 1;
      skipWhitespace();
      const valueOffset = i;
      const value = parseValue();
      if (seen.has(name)) {
        problems.push({
          pos: lines.positionOf(keyOffset),
          message: `duplicate key "${name}": a key may appear only once in an object; remove or rename one`,
        });
      }
      seen.add(name);
      setField(map, name, value);
      fields.push([name, { k: keyOffset, ...slotOf(text, valueOffset, value, lastShadow) }]);
      skipWhitespace();
      if (text[i] === ',') {
        i += 1;
      } else if (text[i] === '}') {
        i += 1;
        return done();
      } else {
        fail('expected , or } after a field');
      }
    }
  };
  const parseArray = (): unknown[] => {
    const list: unknown[] = [];
    const items: Slot[] = [];
    const done = (): unknown[] => {
      lastShadow = { i: items };
      return list;
    };
    i += 1;
    skipWhitespace();
    if (text[i] === ']') {
      i += 1;
      return done();
    }
    for (;;) {
      skipWhitespace();
      if (text[i] === ']') fail('trailing comma: remove the comma before ]');
      const offset = i;
      const value = parseValue();
      list.push(value);
      items.push(slotOf(text, offset, value, lastShadow));
      skipWhitespace();
      if (text[i] === ',') {
        i += 1;
      } else if (text[i] === ']') {
        i += 1;
        return done();
      } else {
        fail('expected , or ] after an item');
      }
    }
  };

  let value: unknown;
  let shadow: Shadow | undefined;
  let rootOffset = 0;
  try {
    skipWhitespace();
    rootOffset = i;
    if (i < text.length) {
      value = parseValue();
      shadow = lastShadow;
      skipWhitespace();
      if (i < text.length) fail('unexpected text after the end of the JSON value');
    }
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    problems.push({
      pos: lines.positionOf(error.offset),
      message: `JSON syntax: ${error.message}`,
    });
  }
  return { value, shadow, rootOffset, problems };
}

function slotOf(text: string, offset: number, value: unknown, shadow: Shadow | undefined): Slot {
  const slot: Slot = { v: offset };
  if (shadow && value !== null && typeof value === 'object') slot.c = shadow;
  if (typeof value === 'number') {
    NUMBER.lastIndex = offset;
    slot.s = NUMBER.exec(text)?.[0] ?? String(value);
  }
  return slot;
}

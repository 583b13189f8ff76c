// Resolves an element's style from the cytoscape stylesheet (stylesheet.ts), so the first frame,
// drawn before cytoscape exists, reads the same rules rather than a second description of the look.
// Only the selector forms the stylesheet uses are understood; any other is refused when the
// cascade is built, so a new form in the stylesheet fails its unit test instead of drawing wrong.
import type { StylesheetJson } from 'cytoscape';

export type ElementGroup = 'node' | 'edge';
export type StyleValue = string | number | readonly number[];
export type ResolvedStyle = Readonly<Record<string, StyleValue>>;

interface SimpleSelector {
  group: ElementGroup | null;
  classes: readonly string[];
  attributes: readonly { name: string; value: string }[];
}

interface Rule {
  selectors: readonly SimpleSelector[];
  style: Readonly<Record<string, unknown>>;
}

const TOKEN = /\.([\w-]+)|\[(\w+) = "([^"]*)"\]/y;

/** Parses one selector of a comma-separated list; throws on any form the cascade cannot match. */
export function parseSelector(text: string): SimpleSelector {
  const trimmed = text.trim();
  const group = /^(node|edge)/.exec(trimmed)?.[1] as ElementGroup | undefined;
  const classes: string[] = [];
  const attributes: { name: string; value: string }[] = [];
  TOKEN.lastIndex = group?.length ?? 0;
  while (TOKEN.lastIndex < trimmed.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(trimmed);
    if (!match) {
      throw new Error(`unsupported selector "${trimmed}" at character ${at + 1}`);
    }
    if (match[1] !== undefined) classes.push(match[1]);
    else attributes.push({ name: match[2]!, value: match[3]! });
  }
  if (!group && classes.length === 0 && attributes.length === 0) {
    throw new Error(`unsupported selector "${trimmed}"`);
  }
  return { group: group ?? null, classes, attributes };
}

const matches = (
  selector: SimpleSelector,
  group: ElementGroup,
  data: Readonly<Record<string, unknown>>,
  classes: ReadonlySet<string>,
): boolean =>
  (selector.group === null || selector.group === group) &&
  selector.classes.every((name) => classes.has(name)) &&
  selector.attributes.every(({ name, value }) => String(data[name]) === value);

const DATA_MAPPER = /^data\((\w+)\)$/;

function resolveValue(value: unknown, data: Readonly<Record<string, unknown>>): StyleValue {
  if (typeof value === 'string') {
    const mapped = DATA_MAPPER.exec(value);
    if (mapped) {
      const datum = data[mapped[1]!];
      return typeof datum === 'number' ? datum : String(datum ?? '');
    }
    return value;
  }
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(Number);
  return String(value);
}

export type Cascade = (
  group: ElementGroup,
  data: Readonly<Record<string, unknown>>,
  classes: readonly string[],
) => ResolvedStyle;

/** Later rules override earlier ones, as in cytoscape (which has no specificity). */
export function buildCascade(sheet: StylesheetJson): Cascade {
  const rules: Rule[] = (sheet as readonly { selector: string; style: object }[]).map((rule) => ({
    selectors: rule.selector.split(',').map(parseSelector),
    style: rule.style as Record<string, unknown>,
  }));
  return (group, data, classList) => {
    const classes = new Set(classList);
    const style: Record<string, StyleValue> = {};
    for (const rule of rules) {
      if (!rule.selectors.some((selector) => matches(selector, group, data, classes))) continue;
      for (const [property, value] of Object.entries(rule.style)) {
        style[property] = resolveValue(value, data);
      }
    }
    return style;
  };
}

/** A numeric property (`12`, `"140px"`), or the fallback when it is absent or not a number. */
export function numberOf(style: ResolvedStyle, property: string, fallback: number): number {
  const value = style[property];
  const number = typeof value === 'number' ? value : parseFloat(String(value));
  return Number.isFinite(number) ? number : fallback;
}

export function stringOf(style: ResolvedStyle, property: string, fallback: string): string {
  const value = style[property];
  return typeof value === 'string' ? value : fallback;
}

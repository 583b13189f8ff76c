// @vitest-environment jsdom
// A caption is text: whatever its author (or an attacker) writes, what reaches the page is text
// nodes, http(s) links and buttons, never markup; and its words all reach the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import { parseCaption, type CaptionToken } from '../../schema/captionText';
import type { Caption as CaptionData, CaptionNode } from '../../schema/story';
import { mountInApp } from '../shared/testMount';
import { Caption } from './Caption';

const model = loadModel(
  buildTestGraph({ sources: ['s1'], entities: [{ id: 'a', label: 'Alpha' }] }),
);

/** What the compiler would make of parsed tokens, with references resolved to what exists. */
function resolve(tokens: CaptionToken[]): CaptionNode[] {
  return tokens.map((token): CaptionNode => {
    if (token.type === 'ref') return { type: 'ref', id: 'a' };
    if (token.type === 'quote') {
      return {
        type: 'quote',
        item: token.item,
        n: token.n,
        source: 's1',
        start: 0,
        end: 4,
        exact: '<q>',
      };
    }
    return token;
  });
}

function render(caption: CaptionData) {
  const mounted = mountInApp(model, <Caption caption={caption} />);
  const root = mounted.container.firstElementChild as HTMLElement;
  return { root, unmount: mounted.unmount };
}

const ALLOWED = new Set(['DIV', 'P', 'EM', 'STRONG', 'A', 'BUTTON', 'BDI', 'SPAN', 'Q']);

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](data:text/html,<b>)',
    '[x](https://example.org/"onmouseover="alert(1))',
    '**<b>bold</b>**',
    '_<i onclick=x>_',
    '[[<svg/onload=alert(1)>]]',
    '&lt;b&gt;',
    '\u202eevil',
  ),
);

describe('Caption', () => {
  it('renders emphasis, links, references and quotes as elements, the rest as text', () => {
    const parsed = parseCaption(
      '[[a]] *said* **this**: [[quote:r#1]]; see [it](https://example.org/x).',
    );
    expect(parsed.problems).toEqual([]);
    const { root, unmount } = render(parsed.paragraphs.map(resolve));
    expect(root.querySelector('em')?.textContent).toBe('said');
    expect(root.querySelector('strong')?.textContent).toBe('this');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.org/x');
    expect(root.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('q')?.textContent).toBe('<q>');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Alpha',
      'Show in source',
    ]);
    unmount();
  });

  it('a reference selects, a quote opens the reader on its span', () => {
    const caption = parseCaption('[[a]] [[quote:r#1]]').paragraphs.map(resolve);
    const { container, store, unmount } = mountInApp(model, <Caption caption={caption} />);
    const [ref, show] = [...container.querySelectorAll('button')];
    ref?.click();
    expect(store.getState().view.selected).toBe('a');
    show?.click();
    expect(store.getState().view).toMatchObject({
      readerSource: 's1',
      readerStart: 0,
      readerEnd: 4,
    });
    unmount();
  });

  it('turns no hostile string into markup, and drops none of its words', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (pieces) => {
        const text = pieces.join(' ');
        const parsed = parseCaption(text);
        const { root, unmount } = render(parsed.paragraphs.map(resolve));
        try {
          for (const element of root.querySelectorAll('*')) {
            expect(ALLOWED.has(element.tagName), element.tagName).toBe(true);
            for (const attribute of element.getAttributeNames()) {
              expect(['class', 'href', 'target', 'rel', 'type']).toContain(attribute);
            }
          }
          for (const link of root.querySelectorAll('a')) {
            expect(link.getAttribute('href')).toMatch(/^https?:\/\/[^\s"]+$/);
          }
          // Every plain word written outside markup is on the page as text.
          const plain = parsed.paragraphs
            .flat()
            .filter((n): n is Extract<CaptionToken, { type: 'text' }> => n.type === 'text')
            .map((n) => n.text.trim())
            .filter((t) => t !== '');
          for (const piece of plain) expect(root.textContent).toContain(piece);
        } finally {
          unmount();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses any link that is not http(s) as a problem, never as a link', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'ftp://x',
      'https://',
    ]) {
      const parsed = parseCaption(`[x](${href})`);
      expect(
        parsed.paragraphs.flat().some((n) => n.type === 'link'),
        href,
      ).toBe(false);
      expect(parsed.problems.length, href).toBeGreaterThan(0);
    }
  });
});

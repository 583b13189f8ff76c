// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Names } from './Names';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(element: React.ReactElement): HTMLElement {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(element));
  return container;
}

describe('Names', () => {
  it('joins names in running English, each in its own isolate', () => {
    const shown = render(<Names names={['TikTok', 'تقرير', 'Oracle']} />);
    expect(shown.textContent).toBe('TikTok, تقرير and Oracle');
    expect([...shown.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      'TikTok',
      'تقرير',
      'Oracle',
    ]);
    expect(render(<Names names={['A', 'B']} />).textContent).toBe('A and B');
    expect(render(<Names names={['A']} />).innerHTML).toBe('<bdi>A</bdi>');
  });

  it('uses one separator throughout when given', () => {
    expect(render(<Names names={['A', 'B', 'C']} separator="; " />).textContent).toBe('A; B; C');
  });
});

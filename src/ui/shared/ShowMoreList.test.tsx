// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShowMoreList } from './ShowMoreList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('ShowMoreList', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = (count: number, pageSize: number) =>
    act(() =>
      root.render(
        <ShowMoreList
          items={Array.from({ length: count }, (_, i) => `item ${i}`)}
          renderItem={(item) => <li key={item}>{item}</li>}
          noun="relations"
          pageSize={pageSize}
        />,
      ),
    );
  const items = () => [...container.querySelectorAll('li')].map((li) => li.textContent);
  const button = () => container.querySelector('button');

  it('renders every item and no button when they fit', () => {
    render(3, 3);
    expect(items()).toEqual(['item 0', 'item 1', 'item 2']);
    expect(button()).toBeNull();
  });

  it('renders the first page, then five pages more per press, until none is left', () => {
    render(23, 2);
    expect(items()).toHaveLength(2);
    expect(button()?.textContent).toBe('Show 10 more relations (21 not shown)');
    act(() => button()!.click());
    expect(items()).toHaveLength(12);
    expect(items()[11]).toBe('item 11');
    act(() => button()!.click());
    expect(items()).toHaveLength(22);
    expect(button()?.textContent).toBe('Show 1 more relations (1 not shown)');
    act(() => button()!.click());
    expect(items()).toHaveLength(23);
    expect(button()).toBeNull();
  });
});

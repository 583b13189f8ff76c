// @vitest-environment jsdom
// A runtime error in the view becomes a message with a way back, never a blank page.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorruptGraphError } from '../../model/types';
import { ErrorBoundary } from './ErrorBoundary';

// React warns when act() is used outside an environment that declares it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
let corrupt = false;
function View() {
  if (corrupt) throw new CorruptGraphError('The relation id "r" appears twice');
  if (broken) throw new Error('the view broke: node "x" has no position');
  return <p>The graph</p>;
}

describe('ErrorBoundary', () => {
  let container: HTMLDivElement;
  let root: Root;
  const caught = vi.fn();

  beforeEach(() => {
    broken = true;
    corrupt = false;
    caught.mockClear();
    container = document.createElement('div');
    document.body.append(container);
    // Caught errors are reported here instead of React's default console.error.
    root = createRoot(container, { onCaughtError: caught });
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows what went wrong and a way to reset, instead of a blank page', () => {
    const onReset = vi.fn();
    act(() =>
      root.render(
        <ErrorBoundary onReset={onReset} onCorruptGraph={() => undefined}>
          <View />
        </ErrorBoundary>,
      ),
    );

    const alert = container.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe('Something went wrong in this view');
    expect(alert?.textContent).toContain('the view broke: node "x" has no position');
    expect(caught).toHaveBeenCalledTimes(1);
    expect(container.textContent).not.toContain('The graph');
    expect(onReset).not.toHaveBeenCalled();
  });

  it('resets the view and renders the children again', () => {
    const onReset = vi.fn(() => {
      broken = false;
    });
    act(() =>
      root.render(
        <ErrorBoundary onReset={onReset} onCorruptGraph={() => undefined}>
          <View />
        </ErrorBoundary>,
      ),
    );
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Reset the view',
    );
    expect(button).toBeDefined();

    act(() => button?.click());

    expect(onReset).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toBe('The graph');
  });

  it('shows the message again when the reset view still fails', () => {
    act(() =>
      root.render(
        <ErrorBoundary onReset={() => undefined} onCorruptGraph={() => undefined}>
          <View />
        </ErrorBoundary>,
      ),
    );
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Reset the view',
    );
    act(() => button?.click());
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('the view broke');
    expect(caught).toHaveBeenCalledTimes(2);
  });

  it('hands a refused graph to the page instead of offering a reset that cannot help', () => {
    corrupt = true;
    const onCorruptGraph = vi.fn();
    act(() =>
      root.render(
        <ErrorBoundary onReset={() => undefined} onCorruptGraph={onCorruptGraph}>
          <View />
        </ErrorBoundary>,
      ),
    );
    expect(onCorruptGraph).toHaveBeenCalledTimes(1);
    expect(onCorruptGraph.mock.calls[0]?.[0]).toBeInstanceOf(CorruptGraphError);
    expect(container.innerHTML).toBe('');
  });

  it('renders its children untouched when nothing fails', () => {
    broken = false;
    act(() =>
      root.render(
        <ErrorBoundary onReset={() => undefined} onCorruptGraph={() => undefined}>
          <View />
        </ErrorBoundary>,
      ),
    );
    expect(container.innerHTML).toBe('<p>The graph</p>');
  });
});

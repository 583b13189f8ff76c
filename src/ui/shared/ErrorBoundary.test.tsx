// @vitest-environment jsdom
// A runtime error in the view becomes a message with a way back, never a blank page.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

// React warns when act() is used outside an environment that declares it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function View() {
  if (broken) throw new Error('the view broke: node "x" has no position');
  return <p>The graph</p>;
}

describe('ErrorBoundary', () => {
  let container: HTMLDivElement;
  let root: Root;
  const caught = vi.fn();

  beforeEach(() => {
    broken = true;
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
        <ErrorBoundary onReset={onReset}>
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
        <ErrorBoundary onReset={onReset}>
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
        <ErrorBoundary onReset={() => undefined}>
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

  it('renders its children untouched when nothing fails', () => {
    broken = false;
    act(() =>
      root.render(
        <ErrorBoundary onReset={() => undefined}>
          <View />
        </ErrorBoundary>,
      ),
    );
    expect(container.innerHTML).toBe('<p>The graph</p>');
  });
});

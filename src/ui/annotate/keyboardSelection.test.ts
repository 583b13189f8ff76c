import { describe, expect, it } from 'vitest';
import { selectionStepFor, type KeyPress } from './keyboardSelection';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('selectionStepFor', () => {
  it('extends the selection with Shift, by characters, words, lines and to the line ends', () => {
    expect(selectionStepFor(press('ArrowRight', { shiftKey: true }))).toEqual({
      type: 'caret',
      alter: 'extend',
      direction: 'forward',
      granularity: 'character',
    });
    expect(selectionStepFor(press('ArrowLeft', { shiftKey: true, ctrlKey: true }))).toEqual({
      type: 'caret',
      alter: 'extend',
      direction: 'backward',
      granularity: 'word',
    });
    expect(selectionStepFor(press('ArrowRight', { shiftKey: true, altKey: true }))).toMatchObject({
      granularity: 'word',
    });
    expect(selectionStepFor(press('ArrowDown', { shiftKey: true }))).toEqual({
      type: 'caret',
      alter: 'extend',
      direction: 'forward',
      granularity: 'line',
    });
    expect(selectionStepFor(press('Home', { shiftKey: true }))).toEqual({
      type: 'caret',
      alter: 'extend',
      direction: 'backward',
      granularity: 'lineboundary',
    });
  });

  it('moves the caret without Shift', () => {
    expect(selectionStepFor(press('ArrowUp'))).toEqual({
      type: 'caret',
      alter: 'move',
      direction: 'backward',
      granularity: 'line',
    });
    expect(selectionStepFor(press('End'))).toMatchObject({ alter: 'move', direction: 'forward' });
  });

  it('goes to the toolbar on a plain Enter', () => {
    expect(selectionStepFor(press('Enter'))).toEqual({ type: 'toolbar' });
    expect(selectionStepFor(press('Enter', { shiftKey: true }))).toBeNull();
  });

  it('leaves other keys and the Meta shortcuts to the browser', () => {
    for (const key of ['Tab', 'Escape', 'a', ' ', 'PageDown'])
      expect(selectionStepFor(press(key))).toBeNull();
    expect(selectionStepFor(press('ArrowRight', { metaKey: true, shiftKey: true }))).toBeNull();
  });
});

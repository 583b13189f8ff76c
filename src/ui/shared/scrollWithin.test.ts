// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { scrollWithin } from './scrollWithin';

/** A container showing y = 100…300 of the page, and a row at `top`…`top + 20`. */
function setUp(top: number, padding = { top: '0px', bottom: '0px' }) {
  const container = document.createElement('div');
  const row = document.createElement('div');
  container.append(row);
  document.body.append(container);
  container.style.scrollPaddingTop = padding.top;
  container.style.scrollPaddingBottom = padding.bottom;
  const rect = (y: number, height: number) =>
    ({ top: y, bottom: y + height, left: 0, right: 100, width: 100, height, x: 0, y }) as DOMRect;
  container.getBoundingClientRect = () => rect(100, 200);
  row.getBoundingClientRect = () => rect(top, 20);
  container.scrollTop = 500;
  return { container, row };
}

describe('scrollWithin', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('leaves a row already in sight where it is', () => {
    const { container, row } = setUp(150);
    scrollWithin(container, row);
    expect(container.scrollTop).toBe(500);
  });

  it('scrolls up to a row above, and down to a row below, just enough', () => {
    const above = setUp(60);
    scrollWithin(above.container, above.row);
    expect(above.container.scrollTop).toBe(460);
    const below = setUp(320);
    scrollWithin(below.container, below.row);
    expect(below.container.scrollTop).toBe(540);
  });

  it('keeps the row clear of the scroll padding (a sticky heading)', () => {
    const { container, row } = setUp(120, { top: '44px', bottom: '0px' });
    scrollWithin(container, row);
    expect(container.scrollTop).toBe(476);
  });
});

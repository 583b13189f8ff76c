// The caption's layout: words wrap to the picture's width, the legend flows into rows, and the
// bands grow with what they hold.
import { describe, expect, it } from 'vitest';
import { CAPTION_METRICS, planCaption, wrapText, type CaptionDrawing } from './captionLayout';

// Every character 10 px wide (titles 20): widths are easy to reason about.
const measure = (text: string, font: 'title' | 'text' = 'text') =>
  text.length * (font === 'title' ? 20 : 10);

describe('wrapText', () => {
  it('keeps words whole on lines no wider than asked', () => {
    expect(wrapText('one two three four', 100, measure)).toEqual(['one two', 'three four']);
  });

  it('cuts a word longer than a line, as a long link', () => {
    const lines = wrapText('https://example.com/a-very-long-path', 100, measure);
    expect(lines.join('')).toBe('https://example.com/a-very-long-path');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('gives no line for no text', () => {
    expect(wrapText('   ', 100, measure)).toEqual([]);
  });
});

describe('planCaption', () => {
  const caption: CaptionDrawing = {
    title: 'Leaked TikTok meetings',
    legend: [
      { label: 'Organization', swatch: { kind: 'node', colour: '#000', shape: 'ellipse' } },
      { label: 'Person', swatch: { kind: 'node', colour: '#111', shape: 'ellipse' } },
      { label: 'relation', swatch: { kind: 'line', colour: '#222', dashed: false } },
    ],
    lines: ['Filters: none (the whole graph)', 'Sources: “A”', 'https://example.com/?focus=x'],
  };

  it('widens a narrow picture so the caption stays readable', () => {
    expect(planCaption(caption, 200, measure).width).toBe(CAPTION_METRICS.minWidth);
    expect(planCaption(caption, 2000, measure).width).toBe(2000);
  });

  it('writes the title above and every line below, each inside the margins', () => {
    const plan = planCaption(caption, 1000, measure);
    expect(plan.title.map((t) => t.text)).toEqual(['Leaked TikTok meetings']);
    expect(plan.lines.map((l) => l.text)).toEqual(caption.lines);
    for (const line of plan.lines) {
      expect(line.x + measure(line.text)).toBeLessThanOrEqual(1000 - CAPTION_METRICS.padding);
      expect(line.y).toBeLessThan(plan.bottom);
    }
    expect(plan.top).toBeGreaterThan(CAPTION_METRICS.titleSize);
  });

  it('flows legend entries into rows and grows the bottom band with the text', () => {
    const narrow = planCaption(caption, 640, (t, f) => measure(t, f) * 2);
    const rows = new Set(narrow.legend.map((e) => e.y));
    expect(rows.size).toBeGreaterThan(1);
    const wide = planCaption(caption, 4000, measure);
    expect(new Set(wide.legend.map((e) => e.y)).size).toBe(1);
    expect(narrow.bottom).toBeGreaterThan(wide.bottom);
  });
});

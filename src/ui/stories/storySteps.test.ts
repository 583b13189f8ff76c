// The player's rules: where a link lands, a step's view read by the URL's decoder, the caption as
// one line, and a view copied as a step that the compiler's decoder reads back as the same view.
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CompiledStory } from '../../schema/story';
import { decodeViewState, encodeViewState } from '../../url/codec';
import { validViewStateArb } from '../../url/testArbitraries';
import { decodeViewData } from '../../url/viewData';
import { DEFAULT_VIEW_STATE } from '../../viewState/viewState';
import { viewAsStepYaml, viewEntries } from './stepYaml';
import { captionText, isAtStep, landOnLink, openStoryLink, stepView } from './storySteps';

const story: CompiledStory = {
  id: 'tour',
  title: 'A tour',
  description: '',
  steps: [
    { title: 'One', caption: [[{ type: 'text', text: 'one' }]], view: 'v=1&focus=a' },
    { title: 'Two', caption: [[{ type: 'text', text: 'two' }]], view: 'v=1&sel=b&focus=a&hops=2' },
    { title: 'Three', caption: [[{ type: 'text', text: 'three' }]], view: '' },
  ],
};

describe('story links', () => {
  it('land on the step asked for, or the nearest one, saying so', () => {
    expect(openStoryLink([story], null)).toEqual({ type: 'none' });
    expect(openStoryLink([story], { id: 'nope', step: 1 })).toEqual({
      type: 'unknown',
      id: 'nope',
    });
    expect(openStoryLink([story], { id: 'tour', step: 2 })).toEqual({
      type: 'story',
      position: { id: 'tour', step: 2 },
      staleStep: null,
    });
    expect(openStoryLink([story], { id: 'tour', step: null })).toMatchObject({
      position: { step: 1 },
      staleStep: null,
    });
    expect(openStoryLink([story], { id: 'tour', step: 9 })).toMatchObject({
      position: { step: 3 },
      staleStep: 9,
    });
    expect(openStoryLink([story], { id: 'tour', step: 0 })).toMatchObject({
      position: { step: 1 },
      staleStep: 0,
    });
  });

  it('open on the step’s view, unless the link carries one the reader explored to', () => {
    const explored = decodeViewState('focus=z').state;
    const linkOnly = landOnLink([story], { id: 'tour', step: 2 }, DEFAULT_VIEW_STATE);
    expect(encodeViewState(linkOnly.view)).toBe('v=1&sel=b&focus=a&hops=2');
    expect(linkOnly.notices).toEqual([]);
    expect(landOnLink([story], { id: 'tour', step: 2 }, explored).view).toBe(explored);
    const stale = landOnLink([story], { id: 'tour', step: 7 }, explored);
    expect(stale.story).toEqual({ id: 'tour', step: 3 });
    expect(stale.view).toEqual(DEFAULT_VIEW_STATE);
    expect(stale.notices).toEqual([
      { kind: 'info', message: 'This story has no step 7; showing step 3 of 3.' },
    ]);
    expect(landOnLink([story], { id: 'gone', step: 1 }, explored)).toMatchObject({
      view: explored,
      story: null,
      notices: [{ kind: 'warning', items: [expect.stringContaining('gone')] }],
    });
  });

  it('read a step’s view with the URL’s decoder, and know when the reader is at it', () => {
    const [one, two] = story.steps;
    if (!one || !two) throw new Error('steps');
    expect(stepView(two)).toEqual(decodeViewState(two.view).state);
    expect(isAtStep(stepView(two), two)).toBe(true);
    expect(isAtStep(stepView(one), two)).toBe(false);
  });

  it('say a caption as one line, references by label, quotes quoted', () => {
    expect(
      captionText(
        [
          [
            { type: 'ref', id: 'a' },
            { type: 'text', text: ' said ' },
            { type: 'quote', item: 'r', n: 1, source: 's', start: 0, end: 2, exact: 'hi' },
          ],
          [{ type: 'emphasis', text: 'Then' }],
        ],
        (id) => id.toUpperCase(),
      ),
    ).toBe('A said “hi” Then');
  });
});

describe('a view copied as a step', () => {
  it('writes the URL’s keys as YAML', () => {
    const view = decodeViewState(
      'focus=tiktok&hops=2&hide=oracle,bytedance&undated=0&vp=1.5,-3,4',
    ).state;
    expect(viewAsStepYaml(view)).toBe(
      [
        '  - title: ',
        '    caption: |',
        '      ',
        '    view:',
        '      focus: tiktok',
        '      hops: 2',
        '      hide: [bytedance, oracle]',
        '      undated: 0',
        '      vp: "1.5,-3,4"',
        '',
      ].join('\n'),
    );
    expect(viewAsStepYaml(DEFAULT_VIEW_STATE)).toContain('    view: {}');
  });

  it('is read back by the stories’ decoder as the same view, whatever the view', () => {
    fc.assert(
      fc.property(validViewStateArb(), (view) => {
        const yaml = viewAsStepYaml(view);
        const step = (parse(`steps:\n${yaml}`) as { steps: [{ view: unknown }] }).steps[0];
        const read = decodeViewData(step.view);
        expect(read.dropped).toEqual([]);
        expect(encodeViewState(read.state)).toBe(encodeViewState(view));
        expect(viewEntries(view).length).toBe(
          encodeViewState(view) === '' ? 0 : encodeViewState(view).split('&').length - 1,
        );
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import { deriveView } from '../deriveView';
import { makeState, newsModel as model } from '../testFixtures';
import { deriveTimeline } from './deriveTimeline';

describe('deriveTimeline', () => {
  it('lists dated relations and claims by first day, then last day, then file order', () => {
    const items = deriveTimeline(model, makeState());
    expect(items.map((i) => i.id)).toEqual([
      'claim-data-in-us',
      'data-stored-in-singapore',
      'trump-signed-eo',
      'eo-targets-tiktok',
      'biden-revoked-eo',
      'engineers-accessed-data',
      'engineers-employed-by-bytedance',
      'claim-engineers-access',
      'buzzfeed-investigated-tiktok',
    ]);
  });

  it('labels relations subject–predicate–object and claims by claimant', () => {
    const items = deriveTimeline(model, makeState());
    expect(items.find((i) => i.id === 'trump-signed-eo')).toEqual({
      id: 'trump-signed-eo',
      kind: 'relation',
      label: 'Donald Trump signed Trump executive order',
      date: '2020-08',
      dateStart: '2020-08-01',
      dateEnd: '2020-08-31',
      estimated: false,
    });
    expect(items[0]).toMatchObject({
      kind: 'claim',
      label: 'TikTok stated that US data is stored in the US',
    });
    expect(items[1]).toMatchObject({ dateStart: '2019-10-01', dateEnd: null });
  });

  it('isolates right-to-left labels and bidi controls from the words around them', () => {
    const spoof = loadModel(
      buildTestGraph({
        sources: ['s1'],
        entities: [
          { id: 'spoof', label: 'Spoof \u202Eevil' },
          { id: 'ministry', label: 'وزارة' },
        ],
        relations: [
          {
            id: 'spoof-owns-ministry',
            subject: 'spoof',
            predicate: 'owns',
            object: 'ministry',
            date: '2021-05',
            days: ['2021-05-01', '2021-05-31'],
            sources: ['s1'],
          },
        ],
      }),
    );
    expect(deriveTimeline(spoof, makeState()).map((item) => item.label)).toEqual([
      '\u2068Spoof \u202Eevil\u2069 owned \u2068وزارة\u2069',
    ]);
  });

  it('follows the date range and the focus', () => {
    const ranged = deriveTimeline(
      model,
      makeState({ dateFrom: '2021-01-01', dateTo: '2021-12-31' }),
    );
    expect(ranged.map((i) => i.id)).toEqual([
      'data-stored-in-singapore',
      'biden-revoked-eo',
      'engineers-accessed-data',
    ]);
    const focused = deriveTimeline(model, makeState({ focus: 'joe-biden' }));
    expect(focused.map((i) => i.id)).toEqual(['biden-revoked-eo']);
  });

  it('accepts the view already derived for the state', () => {
    const state = makeState({ focus: 'tiktok' });
    expect(deriveTimeline(model, state, deriveView(model, state))).toEqual(
      deriveTimeline(model, state),
    );
  });

  it('marks items whose date rests on an estimated writing date', () => {
    const graph = loadModel(
      buildTestGraph({
        sources: ['a'],
        entities: [{ id: 'x' }, { id: 'y' }],
        relations: [
          {
            id: 'estimate',
            subject: 'x',
            predicate: 'owns',
            object: 'y',
            sources: ['a'],
            date: '2022-05',
            days: ['2022-05-01', '2022-05-31'],
            dateEstimated: true,
          },
        ],
      }),
    );
    expect(deriveTimeline(graph, makeState())).toMatchObject([{ id: 'estimate', estimated: true }]);
  });
});

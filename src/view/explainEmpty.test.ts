import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../schema/vocabulary';
import { deriveView } from './deriveView';
import { loadModel } from '../model';
import { buildTestGraph } from '../model/testGraph';
import { makeState, newsModel as model } from './testFixtures';
import type { ViewState } from '../viewState/viewState';

const reasonFor = (patch: Partial<ViewState>) => deriveView(model, makeState(patch)).emptyReason;

describe('emptyReason', () => {
  it('is null when something is shown', () => {
    expect(reasonFor({})).toBeNull();
    expect(reasonFor({ dateFrom: '1990-01-01', dateTo: '1990-12-31' })).toBeNull(); // undated remain
  });

  it('names the single filter that empties the view', () => {
    expect(
      reasonFor({ dateFrom: '1990-01-01', dateTo: '1990-12-31', includeUndated: false }),
    ).toEqual({
      filter: 'date',
      message: 'No relation here falls in the chosen dates.',
    });
    expect(reasonFor({ sources: [] })?.filter).toBe('sources');
    expect(reasonFor({ minSources: 4 })).toEqual({
      filter: 'minSources',
      message:
        'Nothing here is supported by 4 or more independent origins among the checked sources.',
    });
    expect(reasonFor({ hiddenPredicates: model.predicates.ids.slice() })?.filter).toBe(
      'predicates',
    );
    expect(reasonFor({ hiddenEntityTypes: ENTITY_TYPES.slice() })?.filter).toBe('types');
    expect(reasonFor({ hidden: model.nodes.ids.slice() })?.filter).toBe('hidden');
  });

  it('names the filter whose clearing brings back the most', () => {
    const reason = reasonFor({
      sources: ['s3'],
      hiddenPredicates: ['owns', 'based_in', 'revoked'],
    });
    expect(reason?.filter).toBe('sources');
  });

  it('says when only several filters together empty the view', () => {
    const reason = reasonFor({ dateTo: '1990-01-01', includeUndated: false, sources: [] });
    expect(reason?.filter).toBe('date');
    expect(reason?.message).toMatch(/^Several filters together/);
  });

  it('looks at the relations around the focus', () => {
    // s3 supports relations elsewhere, but none of Donald Trump's.
    expect(reasonFor({ focus: 'donald-trump', sources: ['s3'] })?.filter).toBe('sources');
    expect(reasonFor({ focus: 'oracle' })).toEqual({
      filter: 'focus',
      message: 'Oracle has no relations.',
    });
  });

  it('isolates a right-to-left label from the words after it', () => {
    const spoof = loadModel(
      buildTestGraph({
        sources: ['s1'],
        entities: [
          { id: 'spoof', label: 'Spoof \u202Eevil' },
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        relations: [{ id: 'a-b', subject: 'a', predicate: 'owns', object: 'b', sources: ['s1'] }],
      }),
    );
    expect(deriveView(spoof, makeState({ focus: 'spoof' })).emptyReason?.message).toBe(
      '\u2068Spoof \u202Eevil\u2069 has no relations.',
    );
  });

  it('says when the focus itself is hidden', () => {
    const reason = reasonFor({ focus: 'tiktok', hidden: ['tiktok'] });
    expect(reason?.filter).toBe('hidden');
    expect(reason?.message).toMatch(/^The focused entity is hidden/);
    expect(reasonFor({ focus: 'china', hiddenEntityTypes: ['place'] })?.filter).toBe('types');
  });

  it('says when pinned entities share no relation', () => {
    expect(reasonFor({ pinned: ['china', 'joe-biden'] })?.filter).toBe('focus');
  });
});

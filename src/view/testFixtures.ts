// Shared test helpers for view tests.
import { loadModel, type GraphModel } from '../model';
import { buildTestGraph } from '../model/testGraph';
import { buildNewsGraph } from '../model/testNewsGraph';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';

export function makeState(patch: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...patch };
}

export const newsModel: GraphModel = loadModel(buildNewsGraph());

export function leafId(i: number): string {
  return `leaf-${String(i).padStart(2, '0')}`;
}

/**
 * A hub with `leaves` leaves (hub owns each). leaf-00 and leaf-01 also know 'x', so they rank
 * first in the hub's neighbour list; 'x' is related to 'y', and 'y' to 'z': a chain for hops.
 */
export function buildStarModel(leaves = 60): GraphModel {
  const relations = Array.from({ length: leaves }, (_, i) => ({
    id: `hub-owns-${leafId(i)}`,
    subject: 'hub',
    predicate: 'owns',
    object: leafId(i),
    sources: ['s1'],
  }));
  relations.push(
    { id: 'l0-x', subject: leafId(0), predicate: 'related_to', object: 'x', sources: ['s1'] },
    { id: 'l1-x', subject: leafId(1), predicate: 'related_to', object: 'x', sources: ['s1'] },
    { id: 'x-y', subject: 'x', predicate: 'related_to', object: 'y', sources: ['s1'] },
    { id: 'y-z', subject: 'y', predicate: 'related_to', object: 'z', sources: ['s1'] },
  );
  return loadModel(
    buildTestGraph({
      sources: ['s1'],
      entities: [
        { id: 'hub', label: 'Hub' },
        // Labels in reverse so label order differs from id order.
        ...Array.from({ length: leaves }, (_, i) => ({
          id: leafId(i),
          label: `Leaf ${String(leaves - i).padStart(2, '0')}`,
        })),
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
        { id: 'z', label: 'Z' },
      ],
      relations,
    }),
  );
}

export function listIds(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id).sort();
}

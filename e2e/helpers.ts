// Reading the page the way a person does: counts from the status line, and what is drawn.
import { expect, type Page } from '@playwright/test';
import type { CompiledGraph, ExpandedGraph } from '../src/schema/compiledGraph';
import { expandGraph } from '../src/schema/edgeColumns';

export interface ShownCounts {
  entities: number;
  totalEntities: number;
  relations: number;
  totalRelations: number;
}

export async function readCounts(page: Page): Promise<ShownCounts> {
  const text = (await page.getByTestId('status-line').textContent()) ?? '';
  const match = /Showing (\d+) of (\d+) entities, (\d+) of (\d+) relations/.exec(text);
  if (!match) throw new Error(`status line not understood: ${text}`);
  const [, entities, totalEntities, relations, totalRelations] = match.map(Number);
  return {
    entities: entities ?? 0,
    totalEntities: totalEntities ?? 0,
    relations: relations ?? 0,
    totalRelations: totalRelations ?? 0,
  };
}

/** Ids (of those asked) that the canvas currently draws. */
export async function drawnIds(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (keys) => keys.filter((key) => window.explorerCanvas?.clientPositionOf(key) != null),
    [...ids],
  );
}

/**
 * Zooms with the mouse wheel over a point, until the address changes. cytoscape ignores the wheel
 * for 250 ms after anything on the page has scrolled (a list brought into view, the reader opening);
 * a person would just turn the wheel again.
 */
export async function wheelZoom(
  page: Page,
  at: { x: number; y: number },
  deltaY: number,
): Promise<void> {
  const before = page.url();
  await page.mouse.move(at.x, at.y);
  await expect(async () => {
    await page.mouse.wheel(0, deltaY);
    await expect(page).not.toHaveURL(before, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/** Waits until an element stops moving (selection centres the view), then returns where it is. */
export async function settledPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const read = () =>
    page.evaluate((key) => window.explorerCanvas?.clientPositionOf(key) ?? null, id);
  let previous = await read();
  await expect
    .poll(async () => {
      const current = await read();
      const settled = current !== null && JSON.stringify(current) === JSON.stringify(previous);
      previous = current;
      return settled;
    })
    .toBe(true);
  if (!previous) throw new Error(`${id} is not drawn`);
  return previous;
}

/** The compiled graph the page loaded, its edges as objects, to check the page against the data. */
export async function fetchCorpus(page: Page): Promise<ExpandedGraph> {
  const response = await page.request.get('./corpus.json');
  expect(response.ok()).toBe(true);
  return expandGraph((await response.json()) as CompiledGraph);
}

/** Appends a copy of the graph's first edge, with no evidence, changed as asked: bad data on purpose. */
export function appendEdgeCopy(
  graph: CompiledGraph,
  changes: { key?: string; target?: number },
): void {
  const edges = graph.edges;
  if (edges.key.length === 0) throw new Error('the corpus has no edges');
  const first = <T>(column: T[]): T => column[0] as T;
  edges.key.push(changes.key ?? first(edges.key));
  edges.source.push(first(edges.source));
  edges.target.push(changes.target ?? first(edges.target));
  for (const column of [edges.predicate, edges.derived, edges.status] as number[][]) {
    column.push(first(column));
  }
  for (const column of [edges.date, edges.dateStart, edges.dateEnd, edges.dateBasis, edges.note]) {
    column.push(first(column));
  }
  edges.evidenceStart.push(edges.evidence.exact.length);
}

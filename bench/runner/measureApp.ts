// One run of the production app ("ours"), driven through its UI like a person would: load,
// change filters, pick and focus entities, pan and zoom, then open a permalink in a fresh
// context. Timings come from the page's own clock (see the probe in browser.ts): from the
// user's input event, seen before the app's handlers, to the next `explorer:rendered`.
import type { Browser, Page } from '@playwright/test';
import { deltas } from '../stats';
import {
  canvasCentre,
  cpuBetween,
  heapAfterGc,
  markTime,
  openSession,
  panAndZoom,
  recordFrames,
  waitInPage,
  type RenderedEvent,
  type Session,
} from './browser';
import { settle, timeInteraction } from './interaction';
import { STARTUP_MARKS, startupStages, type Marks } from './startupStages';
import type { CorpusCounts, RunSample } from './types';
import { emptySample, firstLine } from './types';

export interface AppPlan {
  url: string;
  capMs: number;
  expected: CorpusCounts;
  /** From-dates to cycle through (distinct, so each changes the view). */
  fromDates: string[];
  /** Source titles to uncheck and check again. */
  sourceTitles: string[];
  /** Entities to pick in the search field and focus: id and label. */
  entities: { id: string; label: string }[];
  /** Query string of the permalink to restore, e.g. `?v=1&focus=x&hops=2&from=2021-01-01`. */
  permalink: string;
}

const STATUS = /Showing ([\d,]+) of ([\d,]+) entities, ([\d,]+) of ([\d,]+) relations/;

interface StatusCounts {
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  totalEdges: number;
}

export async function readStatus(page: Page): Promise<StatusCounts | null> {
  const text = await page
    .locator('[data-testid=status-line]')
    .first()
    .textContent({ timeout: 2_000 })
    .catch(() => null);
  const match = text === null ? null : STATUS.exec(text.replace(/\s+/g, ' '));
  if (!match) return null;
  const n = (i: number) => Number((match[i] ?? '').replace(/,/g, ''));
  return { visibleNodes: n(1), totalNodes: n(2), visibleEdges: n(3), totalEdges: n(4) };
}

async function lastRendered(page: Page): Promise<RenderedEvent | null> {
  return page.evaluate('window.__benchProbe.rendered.at(-1) ?? null');
}

function checkCounts(
  sample: RunSample,
  status: StatusCounts | null,
  rendered: RenderedEvent | null,
  expected: CorpusCounts,
  when: string,
): void {
  if (status === null) {
    sample.failures.push(`${when}: no status line "Showing X of N entities, Y of M relations"`);
    return;
  }
  if (![expected.nodes, expected.entities].includes(status.totalNodes)) {
    sample.failures.push(
      `${when}: status line total ${status.totalNodes} entities; the graph has ${expected.nodes} nodes (${expected.entities} entities)`,
    );
  }
  if (![expected.edges, expected.relations].includes(status.totalEdges)) {
    sample.failures.push(
      `${when}: status line total ${status.totalEdges} relations; the graph has ${expected.edges} edges (${expected.relations} relations)`,
    );
  }
  const detail = rendered?.detail;
  if (!detail) {
    sample.failures.push(`${when}: no explorer:rendered event with counts`);
  } else if (detail.nodes !== status.visibleNodes || detail.edges !== status.visibleEdges) {
    sample.failures.push(
      `${when}: status line shows ${status.visibleNodes} entities / ${status.visibleEdges} relations, cytoscape got ${detail.nodes} / ${detail.edges}`,
    );
  }
}

/** Loads the app, waits for its first render and interactive marks, checks what it shows. */
async function load(
  session: Session,
  url: string,
  capMs: number,
  sample: RunSample,
): Promise<boolean> {
  const { page } = session;
  const before = await session.cpuSnapshot();
  await page.goto(url, { waitUntil: 'commit', timeout: capMs });
  const drawn = await waitInPage(
    page,
    () => performance.getEntriesByName('explorer:first-render').length > 0,
    capMs,
    50,
  );
  // The CPU spent until the graph is first seen; cytoscape's set-up and graphology come after it.
  if (drawn !== null) sample.firstRenderCpuMs = cpuBetween(before, await session.cpuSnapshot());
  const ready =
    drawn === null
      ? null
      : await waitInPage(
          page,
          () => performance.getEntriesByName('explorer:interactive').length > 0,
          capMs,
          50,
        );
  if (ready === null) {
    sample.didNotFinish = true;
    sample.failures.push(
      `no explorer:first-render and explorer:interactive marks within ${Math.round(capMs / 1000)} s`,
    );
    return false;
  }
  return true;
}

/** The first time of every performance mark on the page. */
async function startupMarks(page: Page): Promise<Marks> {
  return page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('mark')) marks[entry.name] ??= entry.startTime;
    return marks;
  });
}

export async function measureApp(
  browser: Browser,
  plan: AppPlan,
  samples: number,
): Promise<RunSample> {
  const sample = emptySample();
  const session = await openSession(browser);
  const { page } = session;
  try {
    if (!(await load(session, plan.url, plan.capMs, sample))) return sample;
    sample.firstRenderMs = await markTime(page, 'explorer:first-render');
    sample.interactiveMs = await markTime(page, 'explorer:interactive');
    const marks = await startupMarks(page);
    const missing = STARTUP_MARKS.filter((name) => marks[name] === undefined);
    if (missing.length > 0) sample.failures.push(`start-up marks missing: ${missing.join(', ')}`);
    sample.startup = startupStages(marks);
    if (
      sample.interactiveMs !== null &&
      sample.firstRenderMs !== null &&
      sample.interactiveMs < sample.firstRenderMs
    ) {
      sample.notes.push(
        'explorer:interactive is marked before explorer:first-render (the graph is not drawn yet)',
      );
    }
    await settle(page);
    const rendered = await lastRendered(page);
    sample.elements = rendered?.detail?.elements ?? null;
    if (rendered?.detail)
      sample.drawn = { nodes: rendered.detail.nodes ?? 0, edges: rendered.detail.edges ?? 0 };
    checkCounts(sample, await readStatus(page), rendered, plan.expected, 'first view');
    sample.heapMB = await heapAfterGc(session.cdp);

    await measureFilters(page, plan, samples, sample);
    await measureFocus(page, plan, samples, sample);

    const centre = await canvasCentre(page);
    if (centre === null) sample.failures.push('no canvas to pan and zoom');
    else sample.frameMs = deltas(await recordFrames(page, () => panAndZoom(page, centre)));
    sample.heapAfterInteractionsMB = await heapAfterGc(session.cdp);
    sample.residentMax = await page.evaluate(
      'Math.max(0, ...window.__benchProbe.rendered.map((r) => r.detail?.resident ?? 0))',
    );
  } catch (error) {
    sample.failures.push(`run aborted: ${firstLine(error)}`);
  } finally {
    sample.failures.push(...session.errors);
    await session.close();
  }
  if (!sample.didNotFinish) await measurePermalink(browser, plan, sample);
  return sample;
}

async function measureFilters(
  page: Page,
  plan: AppPlan,
  samples: number,
  sample: RunSample,
): Promise<void> {
  // The path finder shows "From" too: the date filter's field is the one in the Date group.
  const from = page.getByRole('group', { name: 'Date' }).getByLabel('From', { exact: true });
  if ((await from.count()) === 0) {
    sample.failures.push('no field labelled "From" in the Date filter');
    return;
  }
  const dates = plan.fromDates.slice(0, samples);
  for (const date of dates) {
    const ms = await timeInteraction(page, `From = ${date}`, () => from.first().fill(date), sample);
    if (ms !== null) sample.filterMs.push(ms);
  }
  const cleared = await timeInteraction(page, 'From cleared', () => from.first().fill(''), sample);
  if (cleared !== null) sample.filterMs.push(cleared);
  const status = await readStatus(page);
  if (status && status.visibleNodes === 0)
    sample.notes.push('after clearing the date filter the view is empty');

  for (const title of plan.sourceTitles) {
    // A long source list shows a window of it: narrow it to the source first (not timed).
    const find = page.getByRole('searchbox', { name: 'Find a source' });
    if ((await find.count()) > 0) await find.fill(title);
    const box = page.getByRole('checkbox', { name: title }).first();
    if ((await box.count()) === 0) {
      sample.failures.push(`no source checkbox labelled "${title}"`);
      continue;
    }
    for (const what of ['unchecked', 'checked']) {
      const ms = await timeInteraction(
        page,
        `source "${title}" ${what}`,
        () => box.click(),
        sample,
      );
      if (ms !== null) sample.filterMs.push(ms);
    }
  }
}

async function measureFocus(
  page: Page,
  plan: AppPlan,
  samples: number,
  sample: RunSample,
): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  if ((await search.count()) === 0) {
    sample.failures.push('no search field "Search entities"');
    return;
  }
  const blur = () => page.evaluate('document.activeElement && document.activeElement.blur()');
  for (const entity of plan.entities.slice(0, Math.max(1, Math.ceil(samples / 2)))) {
    await search.first().fill(entity.label);
    await waitInPage(page, () => document.querySelector('[role=option]') !== null, 5_000);
    const picked = await timeInteraction(
      page,
      `pick "${entity.label}"`,
      () => search.first().press('Enter'),
      sample,
    );
    if (picked !== null) sample.selectMs.push(picked);
    await blur();
    for (const key of ['f', '+', '-']) {
      const ms = await timeInteraction(
        page,
        `"${key}" on ${entity.id}`,
        () => page.keyboard.press(key),
        sample,
      );
      if (ms !== null) sample.focusMs.push(ms);
    }
  }
}

/** Opens a permalink in a fresh context: navigation start → the restored view painted. */
async function measurePermalink(browser: Browser, plan: AppPlan, sample: RunSample): Promise<void> {
  const session = await openSession(browser);
  const { page } = session;
  try {
    const probe = emptySample();
    if (!(await load(session, plan.url + plan.permalink, plan.capMs, probe))) {
      sample.failures.push(...probe.failures.map((f) => `permalink: ${f}`));
      return;
    }
    sample.permalinkMs = await markTime(page, 'explorer:first-render');
    await settle(page);
    const status = await readStatus(page);
    checkCounts(sample, status, await lastRendered(page), plan.expected, 'permalink');
    if (status && status.visibleNodes >= status.totalNodes) {
      sample.failures.push(
        `permalink ${plan.permalink} shows every entity: the focus was not restored`,
      );
    }
  } catch (error) {
    sample.failures.push(`permalink aborted: ${firstLine(error)}`);
  } finally {
    sample.failures.push(...session.errors.map((e) => `permalink: ${e}`));
    await session.close();
  }
}

// Stories: a guided tour opened from the header, followed with the mouse or the keyboard, shared
// as a link (a step, or a stale step), walked with Back and Forward, embedded at phone width; each
// step shows exactly its view, and its citations open in the reader.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ExpandedGraph } from '../src/schema/compiledGraph';
import { detailsPanel, expect, openExplorer, test } from './fixtures';
import { fetchCorpus } from './helpers';

const STORY = 'the-leaked-recordings';
const TITLE = 'The leaked TikTok recordings, step by step';

interface ExpectedStep {
  title: string;
  view: string;
  status: string;
  /** The selected item's label: the details panel's heading. */
  selected: string;
}

const storyPanel = (page: Page) => page.getByRole('region', { name: TITLE });

/** Each step's status line and selection, read from the step's own view opened as a link. */
async function expectedSteps(page: Page, graph: ExpandedGraph): Promise<ExpectedStep[]> {
  const story = graph.attributes.stories.find((s) => s.id === STORY);
  if (!story) throw new Error(`no story ${STORY}`);
  const steps: ExpectedStep[] = [];
  for (const step of story.steps) {
    await openExplorer(page, `?${step.view}`);
    const selectedId = new URLSearchParams(step.view).get('sel') ?? '';
    const node = graph.nodes.find((n) => n.key === selectedId);
    steps.push({
      title: step.title,
      view: step.view,
      status: (await page.getByTestId('status-line').textContent()) ?? '',
      selected: node?.attributes.label ?? '',
    });
  }
  return steps;
}

async function openStoryFromHeader(page: Page): Promise<void> {
  await openExplorer(page);
  await page.getByText('Stories', { exact: true }).click();
  await page.getByRole('button', { name: TITLE }).click();
  await expect(storyPanel(page)).toBeVisible();
}

async function expectAtStep(page: Page, steps: ExpectedStep[], k: number): Promise<void> {
  const step = steps[k - 1];
  if (!step) throw new Error(`no step ${k}`);
  const panel = storyPanel(page);
  await expect(panel.getByText(`Step ${k} of ${steps.length}`, { exact: true })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(step.title);
  await expect(page.getByTestId('status-line')).toHaveText(step.status);
  await expect(detailsPanel(page, step.selected)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]story=${STORY}&step=${k}(&|$)`));
  expect(new URL(page.url()).search).toContain(step.view);
}

test.describe('the bundled story', () => {
  let steps: ExpectedStep[] = [];
  test.beforeEach(async ({ page }) => {
    test.slow();
    steps = await expectedSteps(page, await fetchCorpus(page));
    expect(steps.length).toBeGreaterThanOrEqual(6);
  });

  test('opens from the header and steps through with the mouse', async ({ page }) => {
    await openStoryFromHeader(page);
    for (let k = 1; k <= steps.length; k += 1) {
      await expectAtStep(page, steps, k);
      const next = storyPanel(page).getByRole('button', { name: 'Next' });
      if (k < steps.length) await next.click();
      else await expect(next).toBeDisabled();
    }
    await storyPanel(page).getByRole('button', { name: 'Previous' }).click();
    await expectAtStep(page, steps, steps.length - 1);
    await storyPanel(page).getByRole('button', { name: 'Leave the story' }).click();
    await expect(storyPanel(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/story=/);
  });

  test('steps through with the arrow keys while the panel has focus', async ({ page }) => {
    await openStoryFromHeader(page);
    await expect(storyPanel(page).getByRole('heading', { name: TITLE })).toBeFocused();
    const spoken = storyPanel(page).locator('[aria-live]');
    for (let k = 1; k <= steps.length; k += 1) {
      await expectAtStep(page, steps, k);
      // Screen readers hear the step's title and caption.
      await expect(spoken).toHaveText(
        new RegExp(`^Step ${k} of ${steps.length}: ${steps[k - 1]?.title ?? ''}\\. \\S`),
      );
      await page.keyboard.press('ArrowRight');
    }
    await expectAtStep(page, steps, steps.length);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectAtStep(page, steps, steps.length - 2);
  });

  test('a step’s link opens that step in a fresh browser', async ({ page, browser }) => {
    await openStoryFromHeader(page);
    await storyPanel(page).getByRole('button', { name: 'Next' }).click();
    await storyPanel(page).getByRole('button', { name: 'Next' }).click();
    await expectAtStep(page, steps, 3);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    await expectAtStep(fresh, steps, 3);
    await context.close();
  });

  test('Back and Forward move between steps; exploring can return to the step', async ({
    page,
  }) => {
    await openStoryFromHeader(page);
    await storyPanel(page).getByRole('button', { name: 'Next' }).click();
    await storyPanel(page).getByRole('button', { name: 'Next' }).click();
    await expectAtStep(page, steps, 3);
    await page.goBack();
    await expectAtStep(page, steps, 2);
    await page.goBack();
    await expectAtStep(page, steps, 1);
    await page.goForward();
    await expectAtStep(page, steps, 2);

    // Exploring away from the step, and back with one action.
    await page.getByRole('button', { name: 'Show all' }).first().click();
    const back = storyPanel(page).getByRole('button', { name: 'Back to this step’s view' });
    await expect(back).toBeVisible();
    await back.click();
    await expectAtStep(page, steps, 2);
    await expect(back).toHaveCount(0);
  });

  test('a stale step number lands on the nearest step, with a notice', async ({ page }) => {
    await page.goto(`./?story=${STORY}&step=99`);
    await expectAtStep(page, steps, steps.length);
    await expect(
      page.getByText(`This story has no step 99; showing step ${steps.length} of ${steps.length}.`),
    ).toBeVisible();
    await page.goto(`./?story=no-such-story`);
    await expect(
      page.getByText('This link names a story this corpus does not have.'),
    ).toBeVisible();
    await expect(page).not.toHaveURL(/story=/);
  });

  test('embedded at 390 px: the graph, the caption and the step controls', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`./?embed=1&story=${STORY}`);
    const panel = storyPanel(page);
    await expect(panel.getByText(`Step 1 of ${steps.length}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Graph of/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search entities' })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Leave the story' })).toHaveCount(0);
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect(panel.getByText(`Step 2 of ${steps.length}`, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/[?&]embed=1(&|$)/);
    const full = page.getByRole('link', { name: /^Open the full view/ });
    await expect(full).toBeInViewport();
    const href = new URL((await full.getAttribute('href')) ?? '', page.url());
    expect(href.searchParams.get('story')).toBe(STORY);
    expect(href.searchParams.get('step')).toBe('2');
    expect(href.searchParams.has('embed')).toBe(false);
    // Nothing wider than the frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('a caption’s citation opens the reader on the quote', async ({ page }) => {
    await openStoryFromHeader(page);
    const quote = storyPanel(page).locator('.caption-quote').first();
    const words = (await quote.locator('q').textContent()) ?? '';
    await quote.getByRole('button', { name: 'Show in source' }).click();
    await expect(page).toHaveURL(/[?&]read=[^&]+&at=\d+-\d+/);
    const focused = page.locator('mark.focused');
    await expect(focused.first()).toBeFocused();
    await expect.poll(async () => (await focused.allTextContents()).join('')).toBe(words);
    // Still in the story, away from the step's view, with the way back offered.
    await expect(
      storyPanel(page).getByRole('button', { name: 'Back to this step’s view' }),
    ).toBeVisible();
  });

  test('the whole story reads as an ordered list; axe finds nothing in the panel', async ({
    page,
  }) => {
    await openStoryFromHeader(page);
    await storyPanel(page).getByRole('button', { name: 'Read the whole story' }).click();
    const list = storyPanel(page).getByRole('list', { name: 'The whole story' });
    await expect(list.locator(':scope > li')).toHaveCount(steps.length);
    await expect(list.getByRole('heading', { level: 3 })).toHaveText(steps.map((s) => s.title));
    const { violations } = await new AxeBuilder({ page })
      .include('.story-panel')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

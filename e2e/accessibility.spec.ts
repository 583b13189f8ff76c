// Screen readers and low vision: axe (WCAG 2.2 A and AA) finds nothing in any view or notice,
// targets are at least 24×24 px, state changes are announced, and colour is never the only cue.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { detailsPanel, expect, openExplorer, searchAndSelect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const READER_SOURCE = 'leaked-internal-tiktok-meetings-china-accessed-us-user-data';

async function expectNoAxeViolations(page: Page): Promise<void> {
  // A full WCAG run checks the contrast of every text node: seconds per view, far more on a busy
  // runner; the tests that call it get the slow timeout.
  test.slow();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(found).toEqual([]);
}

interface AxeView {
  name: string;
  query: string;
  colorScheme?: 'light' | 'dark';
  /** What must be on screen for the check to mean anything. */
  ready: (page: Page) => Promise<void>;
}

const views: AxeView[] = [
  {
    name: 'the main view',
    query: '',
    ready: (page) => expect(page.getByRole('listbox', { name: /Entities shown/ })).toBeVisible(),
  },
  {
    name: 'a selected entity with its neighbourhood focused',
    query: '?sel=tiktok&focus=tiktok&hops=2',
    ready: (page) =>
      expect(page.getByRole('group', { name: 'Neighbourhood size' })).toContainText('2 hops'),
  },
  {
    name: 'a selected entity in dark mode',
    query: '?sel=tiktok',
    colorScheme: 'dark',
    ready: (page) => expect(detailsPanel(page, 'TikTok')).toBeVisible(),
  },
  {
    name: 'a disputed claim',
    query: '?sel=claim-tiktok-china-has-no-access',
    ready: (page) => expect(page.locator('.disputed-banner')).toBeVisible(),
  },
  {
    name: 'a relation in dark mode',
    query: '?sel=bytedance-owns-tiktok',
    colorScheme: 'dark',
    ready: (page) => expect(detailsPanel(page, 'ByteDance owned TikTok')).toBeVisible(),
  },
  {
    name: 'the reader',
    query: `?sel=usds&read=${READER_SOURCE}`,
    ready: (page) => expect(page.locator('section.reader mark').first()).toBeVisible(),
  },
  {
    name: 'the reader in dark mode',
    query: `?read=${READER_SOURCE}`,
    colorScheme: 'dark',
    ready: (page) => expect(page.locator('section.reader mark').first()).toBeVisible(),
  },
  {
    name: 'the path view',
    query: '?pa=bytedance&pb=joe-biden',
    ready: (page) => expect(page.getByRole('heading', { name: /^Path 1 of/ })).toBeVisible(),
  },
  {
    name: 'the notices for missing items, unreadable values and unknown keys',
    query: '?sel=no-such-entity&hops=many&utm_source=mail',
    ready: async (page) => {
      const notices = page.getByRole('status');
      await expect(notices.filter({ hasText: 'no longer in the graph' })).toBeVisible();
      await expect(notices.filter({ hasText: 'could not be read' })).toBeVisible();
      await expect(notices.filter({ hasText: 'utm_source' })).toBeVisible();
    },
  },
  {
    name: 'the notice for a link from a newer version, in dark mode',
    query: '?v=99',
    colorScheme: 'dark',
    ready: (page) => expect(page.getByRole('status').filter({ hasText: /newer/i })).toBeVisible(),
  },
  {
    name: 'a story step in dark mode',
    query: '?story=the-leaked-recordings&step=3',
    colorScheme: 'dark',
    ready: (page) => expect(page.getByText('Step 3 of', { exact: false }).first()).toBeVisible(),
  },
  {
    name: 'the notice for an empty result',
    query: '?src=',
    ready: (page) =>
      expect(
        page.getByRole('alert').getByRole('button', { name: 'Clear the source filter' }),
      ).toBeVisible(),
  },
];

for (const view of views) {
  test(`axe finds no WCAG 2.2 A/AA violation in ${view.name}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: view.colorScheme ?? 'light' });
    await openExplorer(page, view.query);
    await view.ready(page);
    await expectNoAxeViolations(page);
  });
}

test('axe finds no violation with the search results and the export menu open', async ({
  page,
}) => {
  await openExplorer(page);
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill('tik');
  await expect(page.getByRole('listbox', { name: 'Search entities results' })).toBeVisible();
  await expectNoAxeViolations(page);
  await search.press('Escape');
  await page.getByText('Export', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Export GEXF' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('interactive controls are at least 24 by 24 pixels', async ({ page }) => {
  for (const query of ['', '?sel=tiktok&focus=tiktok']) {
    await openExplorer(page, query);
    // Mentions in the reader's running text are inline links, which WCAG 2.5.8 exempts. The
    // bounding boxes are read in one pass: a round trip per control takes seconds on a busy CI.
    const boxes = await page
      .locator('button:not(.mention), input, select, summary, a[href], [role="option"]')
      .evaluateAll((controls) =>
        controls
          .map((control) => ({ control, box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.height > 0)
          .map(({ control, box }) => ({
            name: `${control.tagName.toLowerCase()} "${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40)}"`,
            width: box.width,
            height: box.height,
          })),
      );
    expect(boxes.length).toBeGreaterThan(100);
    const small = boxes
      .filter(({ width, height }) => width < 24 || height < 24)
      .map(({ name, width, height }) => `${name}: ${width}×${height}`);
    expect(small, query || 'main view').toEqual([]);
  }
});

test('selection, the reader and filters are announced in live regions', async ({ page }) => {
  await openExplorer(page);
  const announcer = page.locator('.sr-only[aria-live="polite"]');
  await searchAndSelect(page, 'ByteDance');
  await expect(announcer).toHaveText('Selected ByteDance');
  await detailsPanel(page, 'ByteDance')
    .getByRole('button', { name: 'TikTok', exact: true })
    .first()
    .click();
  await expect(announcer).toHaveText('Selected TikTok');
  await page.getByRole('button', { name: /^Read “TikTok data of US users/ }).click();
  await expect(announcer).toHaveText(
    'Reading “TikTok data of US users repeatedly accessed by China”',
  );
  await page.getByRole('button', { name: 'Close source' }).click();
  await expect(announcer).toHaveText('Source closed');

  // Filters change the status line, itself a live region.
  const status = page.getByTestId('status-line');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const before = await status.textContent();
  await page.getByRole('checkbox', { name: /^Leaked Audio From TikTok/ }).uncheck();
  await expect(status).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
});

test('colour is never the only cue', async ({ page }) => {
  await openExplorer(page, '?sel=tiktok');
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  // Types are named in words beside their colour dot; disputed claims say so in words.
  await expect(list.getByRole('option', { name: /^TikTok · Organization/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /disputed/ }).first()).toContainText('disputed');
  // The selected option differs from the others by more than its colours.
  const nonColour = (name: RegExp) =>
    list.getByRole('option', { name }).evaluate((option) => {
      const style = getComputedStyle(option);
      return { fontWeight: style.fontWeight, boxShadow: style.boxShadow };
    });
  expect(await nonColour(/^TikTok · Organization/)).not.toEqual(
    await nonColour(/^ByteDance · Organization/),
  );
  // Relation types in the legend are named, and contradicting or supporting edges also differ in
  // line style, not only in colour.
  const swatch = (predicate: string) =>
    page
      .locator(`.legend-panel .edge-swatch.edge-${predicate}`)
      .evaluate((element) => getComputedStyle(element).borderTopStyle);
  expect(await swatch('contradicts')).toBe('dashed');
  expect(await swatch('supports')).toBe('dotted');
});

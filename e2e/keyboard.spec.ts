// Every flow from the keyboard alone: no clicks, only keys, with the focus visible, on screen and
// never hidden behind a panel after every single key press.
import type { Locator, Page } from '@playwright/test';
import { detailsPanel, expect, openExplorer, test } from './fixtures';

interface FocusState {
  name: string;
  problem: string | null;
}

/** What has focus, and what (if anything) stops a sighted keyboard user from seeing it. */
async function readFocus(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { name: 'the page', problem: 'focus fell back to the page' };
    }
    const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
    const name = `${element.tagName.toLowerCase()} "${label.trim().slice(0, 50)}"`;
    const style = getComputedStyle(element);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
      return { name, problem: 'no focus ring' };
    }
    const box = element.getBoundingClientRect();
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, window.innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    if (right - left < 1 || bottom - top < 1) return { name, problem: 'off screen' };
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    if (!hit || !(hit === element || element.contains(hit))) {
      return {
        name,
        problem: `covered by ${hit?.tagName.toLowerCase() ?? 'nothing'}.${hit?.className ?? ''}`,
      };
    }
    return { name, problem: null };
  });
}

async function expectFocusVisible(page: Page): Promise<FocusState> {
  const focus = await readFocus(page);
  expect(focus.problem, `focus on ${focus.name}`).toBeNull();
  return focus;
}

// Every key press is followed by a check of the focus: the flows take dozens of round trips.
test.slow();

/** Presses a key and checks the focus is still visible afterwards. */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await expectFocusVisible(page);
}

/** Tabs (or shift-tabs) until `target` has focus, checking the focus at every stop on the way. */
async function tabTo(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  limit = 80,
): Promise<void> {
  await expect(target).toBeAttached();
  for (let presses = 0; presses < limit; presses += 1) {
    await press(page, key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${key} did not reach the target in ${limit} presses`);
}

/** Tab to the search field (after the two skip links), search and pick with Enter. */
async function searchAndPick(page: Page, query: string, label: string): Promise<void> {
  await press(page, 'Tab');
  await expect(page.getByRole('link', { name: 'Skip to the entity list' })).toBeFocused();
  await press(page, 'Tab');
  await expect(page.getByRole('link', { name: 'Skip to the details' })).toBeFocused();
  await press(page, 'Tab');
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await expect(search).toBeFocused();
  await page.keyboard.type(query);
  const results = page.getByRole('listbox', { name: 'Search entities results' });
  await expect(results.getByRole('option', { selected: true })).toContainText(label);
  await press(page, 'Enter');
  await expect(detailsPanel(page, label)).toBeVisible();
  await expect(announcer(page)).toHaveText(`Selected ${label}`);
  await expect(search).toBeFocused();
}

const announcer = (page: Page) => page.locator('.sr-only[aria-live="polite"]');

test('search, select, toggle a source, set a date range and copy the link without the mouse', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page);
  await searchAndPick(page, 'bytedan', 'ByteDance');

  // Toggle a source: the status line (a live region) says what changed.
  const status = page.getByTestId('status-line');
  const firstSource = page.getByRole('checkbox', { name: /^Leaked Audio From TikTok/ });
  await tabTo(page, firstSource);
  const allShown = await status.textContent();
  await press(page, 'Space');
  await expect(firstSource).not.toBeChecked();
  await expect(status).not.toHaveText(allShown ?? '');
  await expect(page).toHaveURL(/[?&]src=/);

  // Set a date range by typing ISO dates into From and To, whatever the browser's locale; a
  // date that is not one says so and filters nothing.
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  await tabTo(page, from);
  await page.keyboard.type('2021-02-30');
  await press(page, 'Tab');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Type a date as YYYY-MM-DD')).toBeVisible();
  await expect(page).not.toHaveURL(/from=/);
  await tabTo(page, from, 'Shift+Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2021-09-01');
  await expect(from).toHaveValue('2021-09-01');
  await expect(from).toHaveAttribute('aria-invalid', 'false');
  const to = page.getByLabel('To', { exact: true });
  await tabTo(page, to);
  await page.keyboard.type('2022-01-31');
  await expect(to).toHaveValue('2022-01-31');
  await expect(page).toHaveURL(/from=2021-09-01&to=2022-01-31/);
  await expect(status).not.toHaveText(allShown ?? '');

  // Copy the link: back up to the header.
  await tabTo(page, page.getByRole('button', { name: 'Copy link' }), 'Shift+Tab');
  await press(page, 'Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/sel=bytedance.*from=2021-09-01&to=2022-01-31.*src=/);
});

test('walk to neighbours, focus the neighbourhood and open the reader without the mouse', async ({
  page,
}) => {
  await openExplorer(page);
  await searchAndPick(page, 'bytedan', 'ByteDance');

  // Skip to the details, tab to a neighbour, Enter; and back again.
  await press(page, 'Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to the details' })).toBeFocused();
  await press(page, 'Enter');
  await expect(page.getByRole('complementary', { name: 'Details and sources' })).toBeFocused();
  await tabTo(
    page,
    detailsPanel(page, 'ByteDance').getByRole('button', { name: 'TikTok', exact: true }).first(),
  );
  await press(page, 'Enter');
  // Exactly: a source's title in the reader also contains "TikTok".
  const tiktok = detailsPanel(page, /^TikTok$/);
  await expect(tiktok).toBeVisible();
  await expect(announcer(page)).toHaveText('Selected TikTok');
  // The link that was pressed went away with ByteDance's panel: focus moves to the new heading.
  await expect(tiktok.getByRole('heading', { level: 2 })).toBeFocused();
  await tabTo(page, tiktok.getByRole('button', { name: 'ByteDance', exact: true }).first());
  await press(page, 'Enter');
  const bytedance = detailsPanel(page, 'ByteDance');
  await expect(bytedance.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(announcer(page)).toHaveText('Selected ByteDance');
  await tabTo(page, bytedance.getByRole('button', { name: 'TikTok', exact: true }).first());
  await press(page, 'Enter');
  await expect(page).toHaveURL(/sel=tiktok/);

  // Focus the neighbourhood of the selection and grow it, with the page-wide keys.
  await press(page, 'f');
  const hops = page.getByRole('group', { name: 'Neighbourhood size' });
  await expect(hops).toContainText('1 hop');
  await press(page, '+');
  await expect(hops).toContainText('2 hops');
  await expect(page).toHaveURL(/focus=tiktok&hops=2/);

  // Open the reader on a quote: the quoted span takes focus.
  await tabTo(page, tiktok.getByRole('button', { name: 'Show in source' }).first());
  await press(page, 'Enter');
  await expect(page.locator('section.reader')).toBeVisible();
  await expect(page.locator('section.reader mark.focused').first()).toBeFocused();
  await expect(announcer(page)).toHaveText(/^Reading “/);
  await expect(page).toHaveURL(/read=[a-z0-9-]+&at=\d+-\d+/);
  // Escape clears the selection; the reader stays open.
  await press(page, 'Escape');
  await expect(tiktok).toBeHidden();
  await expect(announcer(page)).toHaveText('Selection cleared');
  await expect(page.locator('section.reader')).toBeVisible();
});

test('Tab reaches every control in order with a visible, unobscured focus, and no trap', async ({
  page,
}) => {
  // Some two hundred stops, each checked: seconds on an idle machine, a minute on a busy one.
  test.setTimeout(180_000);
  await openExplorer(page, '?sel=tiktok&pa=bytedance&pb=joe-biden');
  await expect(detailsPanel(page, 'TikTok')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Path 1 of/ })).toBeVisible();
  const visited: string[] = [];
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await readFocus(page);
    // Past the last control focus leaves the document; the next Tab starts over.
    if (focus.name === 'the page') break;
    expect(focus.problem, `focus on ${focus.name} after ${presses + 1} Tab presses`).toBeNull();
    visited.push(focus.name);
  }
  expect(visited.length).toBeGreaterThan(60);
  expect(visited[0]).toBe('a "Skip to the entity list"');
  expect(visited).toContain('input "Search entities"');
  expect(visited).toContain('button "Close details"');
  expect(visited).toContain('input "Path to entity"');
  // The whole cycle was walked: Tab from the page starts over at the first skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the entity list' })).toBeFocused();
});

test('the search results and the entity list work with the arrow keys', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await tabTo(page, search);
  await page.keyboard.type('tik');
  const results = page.getByRole('listbox', { name: 'Search entities results' });
  const first = await results.getByRole('option', { selected: true }).textContent();
  await press(page, 'ArrowDown');
  await expect(results.getByRole('option', { selected: true })).not.toHaveText(first ?? '');
  await press(page, 'Escape');
  await expect(results).toBeHidden();
  await expect(search).toHaveAttribute('aria-expanded', 'false');

  const list = page.getByRole('listbox', { name: /Entities shown/ });
  await tabTo(page, list);
  await press(page, 'Home');
  const firstEntity = list.getByRole('option', { selected: true });
  await expect(firstEntity).toHaveCount(1);
  const firstName = await firstEntity.textContent();
  await press(page, 'ArrowDown');
  await expect(list.getByRole('option', { selected: true })).not.toHaveText(firstName ?? '');
  await expect(list).toHaveAttribute('aria-activedescendant', /^entity-option-/);
  await expect(page.locator('.sr-only[aria-live="polite"]')).toHaveText(/^Selected /);
});

test('the timeline is one tab stop: arrows, Home and End move in it, Enter and Space select', async ({
  page,
}) => {
  await openExplorer(page);
  const timeline = page.getByRole('listbox', { name: /^Timeline/ });
  const items = timeline.getByRole('option');
  // The rows come in the render after the graph's first frame.
  await expect.poll(() => items.count()).toBeGreaterThan(3);
  await expect(timeline.getByRole('option', { selected: true })).toHaveCount(0);

  // In from the details side: Shift+Tab from the inspector lands on the first item, nothing
  // being selected; one Tab back out and one Tab in again.
  await press(page, 'Tab');
  await press(page, 'Tab');
  await expect(page.getByRole('link', { name: 'Skip to the details' })).toBeFocused();
  await press(page, 'Enter');
  await press(page, 'Shift+Tab');
  await expect(items.first()).toBeFocused();
  await press(page, 'Shift+Tab');
  // Before the timeline, after the graph controls: the fold of the legend beside the graph.
  await expect(page.locator('.graph-legend summary')).toBeFocused();
  await press(page, 'Tab');
  await expect(items.first()).toBeFocused();

  // The arrows move focus, not the selection; Home and End go to the ends.
  await press(page, 'ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await press(page, 'ArrowDown');
  await expect(items.nth(2)).toBeFocused();
  await press(page, 'ArrowUp');
  await expect(items.nth(1)).toBeFocused();
  await press(page, 'End');
  await expect(items.last()).toBeFocused();
  await press(page, 'Home');
  await expect(items.first()).toBeFocused();
  await press(page, 'ArrowUp');
  await expect(items.first()).toBeFocused();
  await press(page, 'ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await expect(timeline.getByRole('option', { selected: true })).toHaveCount(0);
  // Only the focused item is in the tab order.
  await expect(timeline.locator('[tabindex="0"]')).toHaveCount(1);
  await expect(items.nth(1)).toHaveAttribute('tabindex', '0');

  // Enter selects, as a click does; focus stays in the timeline.
  await press(page, 'Enter');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(items.nth(1)).toBeFocused();
  await expect(page).toHaveURL(/[?&]sel=/);
  await expect(announcer(page)).toHaveText(/^Selected /);
  const details = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(details.getByRole('heading', { level: 2 }).first()).toBeVisible();
  // Space too.
  await press(page, 'ArrowDown');
  await press(page, 'Space');
  await expect(items.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'false');

  // One Tab leaves the timeline from wherever focus is in it; Shift+Tab comes back to the
  // selected item.
  await press(page, 'ArrowUp');
  await expect(items.nth(1)).toBeFocused();
  await press(page, 'Tab');
  expect(await timeline.evaluate((list) => list.contains(document.activeElement))).toBe(false);
  await press(page, 'Shift+Tab');
  await expect(items.nth(2)).toBeFocused();
});

test('the legend folds away from the keyboard, and Tab then steps past its checkboxes', async ({
  page,
}) => {
  await openExplorer(page);
  const toggle = page.getByRole('button', { name: /^Legend and type filters/ });
  const entityTypes = page.getByRole('group', { name: 'Entity types' });
  // Open at first: it is the key to the graph's colours.
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(entityTypes).toBeVisible();

  await tabTo(page, toggle);
  await press(page, 'Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(entityTypes).toBeHidden();
  await expect(page.getByRole('group', { name: 'Relation types' })).toBeHidden();
  await expect(toggle).toBeFocused();
  // One Tab past the sixty-odd checkboxes, to the graph controls.
  await press(page, 'Tab');
  await expect(page.getByRole('button', { name: 'Fit' })).toBeFocused();

  // Space opens it again, and Tab goes into its first checkbox.
  await press(page, 'Shift+Tab');
  await expect(toggle).toBeFocused();
  await press(page, 'Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await press(page, 'Tab');
  const firstType = entityTypes.getByRole('checkbox').first();
  await expect(firstType).toBeFocused();

  // Folded with a type hidden, it still says that it hides something.
  await press(page, 'Space');
  await expect(firstType).not.toBeChecked();
  await press(page, 'Shift+Tab');
  await press(page, 'Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveAccessibleName('Legend and type filters (1 hidden)');
});

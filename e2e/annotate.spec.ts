// Annotating in the browser (npm run dev only): select a passage in the reader, fill a form, and
// the relation or claim is in the YAML file on disk and in the graph; invalid edits, files changed
// on disk and requests without the session token are refused; undo puts the bytes back.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDevServer, type DevServer } from './devServerHarness';
import { expect, test } from './fixtures';

const SOURCE = 'tiktok-data-of-us-users-repeatedly-accessed-by-china';
const FILE = `annotations/${SOURCE}.yaml`;

let dev: DevServer;

// Each save recompiles the corpus and updates the page: slower than most flows on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dev = await startDevServer('who-said-what-annotate-');
});

// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('vite dev server log', { body: dev.log(), contentType: 'text/plain' });
  }
});

test.afterAll(async () => {
  await dev?.stop();
});

const onDisk = (file = FILE) => readFile(join(dev.dataDir, file), 'utf8').catch(() => null);

async function openReader(page: Page, query = ''): Promise<void> {
  await page.goto(`${dev.baseURL}?read=${SOURCE}${query}`);
  await expect(page.getByTestId('status-line')).toContainText('Showing', { timeout: 20_000 });
  await expect(page.locator('.source-text')).toContainText('parent company ByteDance');
}

async function relationCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('status-line').textContent()) ?? '';
  return Number(/of (\d+) relations/.exec(text)?.[1] ?? NaN);
}

/** Selects the nth occurrence (0-based) of `quote` in the reader's text, as a drag would. */
async function selectText(page: Page, quote: string, nth = 0): Promise<void> {
  await page.locator('.source-text').evaluate(
    (container, [wanted, index]) => {
      const text = container.textContent ?? '';
      let start = -1;
      for (let i = 0; i <= Number(index); i += 1) start = text.indexOf(String(wanted), start + 1);
      const end = start + String(wanted).length;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
        if (end >= offset && end <= offset + length) {
          range.setEnd(node, end - offset);
          break;
        }
        offset += length;
      }
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [quote, nth] as const,
  );
}

async function pick(page: Page, field: string, typed: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: field, exact: true }).fill(typed);
  await page
    .getByRole('listbox', { name: `${field} suggestions` })
    .getByRole('option', { name: option })
    .click();
}

async function annotationMode(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Annotation mode' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

/** Set on the page's window: a reload would lose it. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
}

const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

test('a relation added from a selected passage is in the YAML file and in the graph', async ({
  page,
}) => {
  await openReader(page, '&sel=bytedance&vp=1.25,-40,30');
  const relations = await relationCount(page);
  const details = page.getByRole('region', { name: 'ByteDance' });
  await expect(details).toBeVisible();
  await expect(details).not.toContainText('ByteDance created…TikTok');
  expect(await onDisk()).toBeNull();
  await annotationMode(page);
  await selectText(page, 'its parent company ByteDance');
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selected passage' });
  for (const name of ['Add relation', 'Add claim', 'Add mention', 'New entity']) {
    await expect(toolbar.getByRole('button', { name })).toBeVisible();
  }
  await toolbar.getByRole('button', { name: 'Add relation' }).click();
  const form = page.getByRole('form', { name: 'Add relation' });
  await expect(form).toContainText('its parent company ByteDance');
  // Search by label and description, not by id.
  await pick(page, 'Subject', 'ByteD', /^ByteDance/);
  await pick(page, 'Predicate', 'founded', /^created/);
  await pick(page, 'Object', 'tikt', /^TikTok —/);
  await page.getByLabel('Date', { exact: true }).fill('2016');
  await pick(page, 'According to', 'BuzzFeed', /^BuzzFeed News/);
  await page.getByLabel('Status', { exact: true }).selectOption('reported');
  await expect(page.getByLabel('Save to file')).toHaveValue(FILE);

  const { violations } = await new AxeBuilder({ page })
    .include('.annotation-form')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  await markPage(page);
  const url = page.url();
  const saved = Date.now();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  // The graph updates in place: the page is not reloaded, the selection and reader are kept.
  await expect
    .poll(() => relationCount(page), { timeout: 10_000, intervals: [50] })
    .toBe(relations + 1);
  const updatedAfterMs = Date.now() - saved;
  await expect(details).toContainText(
    'ByteDance created…TikTok · 2016 · according to BuzzFeed News',
  );
  test.info().annotations.push({
    type: 'save → relation in the graph',
    description: `${updatedAfterMs} ms (the issue asks for under 2 s)`,
  });
  expect(await stillSamePage(page)).toBe(true);
  // The address holds the whole view (selection, reader, viewport): it has not moved.
  expect(page.url()).toBe(url);
  expect(url).toContain('vp=1.25,-40,30');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(
    `Saved to ${FILE}; the graph updates with it.`,
  );
  await expect
    .poll(onDisk)
    .toBe(
      [
        'relations:',
        '  - id: bytedance-created-tiktok',
        '    subject: bytedance',
        '    predicate: created',
        '    object: tiktok',
        "    date: '2016'",
        '    according_to: buzzfeed-news',
        '    status: reported',
        '    evidence:',
        `      - source: ${SOURCE}`,
        '        exact: its parent company ByteDance',
        '',
      ].join('\n'),
    );
  await expect(page.locator('.source-text')).toContainText('parent company ByteDance');
  await expect(page.getByRole('button', { name: 'Annotation mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a keyboard user selects a passage with Shift and the arrows and reaches the toolbar', async ({
  page,
}) => {
  await openReader(page);
  await annotationMode(page);
  const text = page.locator('.source-text');
  await expect(text).toHaveAccessibleDescription(/Tab to the text, then Shift and the arrow keys/);
  // Tab from the mode's button to the text.
  await page.getByRole('button', { name: 'Annotation mode' }).focus();
  for (let i = 0; i < 5; i += 1) {
    if (await text.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(text).toBeFocused();
  await expect(page.getByRole('toolbar', { name: 'Annotate the selected passage' })).toHaveCount(0);
  // Three words by Ctrl+Shift+Right, then one character back.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  expect(selected.trim()).toBe('TikTok data o');
  await page.keyboard.press('Enter');
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selected passage' });
  await expect(toolbar.getByRole('button', { name: 'Add relation' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Add claim' })).toBeFocused();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Add claim' });
  await expect(form).toContainText('TikTok data o');
  const { violations } = await new AxeBuilder({ page })
    .include('.reader')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toHaveCount(0);
});

test('a change made in an editor updates the graph in place, the open form kept as typed', async ({
  page,
}) => {
  await openReader(page);
  await annotationMode(page);
  const entities = async () =>
    Number(
      /of (\d+) entities/.exec((await page.getByTestId('status-line').textContent()) ?? '')?.[1],
    );
  const before = await entities();
  await selectText(page, 'non-public data');
  await page.getByRole('button', { name: 'Add relation' }).click();
  const form = page.getByRole('form', { name: 'Add relation' });
  await pick(page, 'Subject', 'ByteD', /^ByteDance/);
  await form.getByLabel('Date', { exact: true }).fill('2022');
  await markPage(page);
  const extra = 'annotations/added-in-an-editor.yaml';
  await writeFile(
    join(dev.dataDir, extra),
    'entities:\n  - id: an-editor-entity\n    type: person\n    label: Somebody From An Editor\n',
  );
  try {
    await expect.poll(entities, { timeout: 10_000 }).toBe(before + 1);
    expect(await stillSamePage(page)).toBe(true);
    await expect(form.getByRole('combobox', { name: 'Subject' })).toHaveValue('ByteDance');
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2022');
    await expect(form).toContainText('non-public data');
    // The form's pickers know the new entity.
    await form.getByRole('combobox', { name: 'Object', exact: true }).fill('Somebody From');
    await expect(
      page.getByRole('listbox', { name: 'Object suggestions' }).getByRole('option', {
        name: /^Somebody From An Editor/,
      }),
    ).toBeVisible();
  } finally {
    await rm(join(dev.dataDir, extra), { force: true });
  }
  await expect.poll(entities, { timeout: 10_000 }).toBe(before);
});

test('a relation is edited and deleted from its panel', async ({ page }) => {
  const id = 'bytedance-created-tiktok';
  await page.goto(`${dev.baseURL}?sel=${id}`);
  await expect(page.getByTestId('status-line')).toContainText('Showing', { timeout: 20_000 });
  const relations = await relationCount(page);
  const before = (await onDisk()) ?? '';
  expect(before).toContain(`  - id: ${id}\n`);
  await page.getByRole('button', { name: 'Edit annotation' }).click();
  const form = page.getByRole('form', { name: `Edit ${id}` });
  await expect(form.getByRole('combobox', { name: 'Subject' })).toHaveValue('ByteDance');
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2016');
  await form.getByLabel('Date', { exact: true }).fill('2017');
  await form.getByLabel('Status', { exact: true }).selectOption('');
  await markPage(page);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  // Only the date line changed and the status line went: the rest of the file is as it was.
  await expect
    .poll(onDisk)
    .toBe(
      before
        .replace("    date: '2016'\n", "    date: '2017'\n")
        .replace('    status: reported\n', ''),
    );

  // The selected relation's panel shows the new date in place.
  await expect(page.getByRole('region', { name: /ByteDance created TikTok/ })).toContainText(
    '2017',
  );
  await page.getByRole('button', { name: 'Delete annotation' }).click();
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect.poll(onDisk).not.toContain(id);
  await expect.poll(() => relationCount(page), { timeout: 10_000 }).toBe(relations - 1);
  // The selected relation vanished: left out of the view, as a stale link's would be, and said.
  await expect(page.getByText('Some items of this view are no longer in the graph')).toBeVisible();
  await expect(page).not.toHaveURL(/sel=/);
  expect(await stillSamePage(page)).toBe(true);
});

test('a claim from a repeated passage gets a prefix, and the keyboard works the pickers', async ({
  page,
}) => {
  await openReader(page);
  const before = (await onDisk()) ?? '';
  await annotationMode(page);
  // "had access to" is in the text twice: the second needs context to be told apart.
  await selectText(page, 'had access to', 1);
  await page.getByRole('button', { name: 'Add claim' }).click();
  const form = page.getByRole('form', { name: 'Add claim' });
  await form.getByLabel('Statement').fill('Engineers in Beijing had access to US users’ data.');
  await form.getByLabel('Label', { exact: true }).fill('Beijing engineers had access');
  const claimant = page.getByRole('combobox', { name: 'Claimant' });
  await claimant.fill('ByteDan');
  await claimant.press('ArrowDown');
  await claimant.press('ArrowUp');
  await claimant.press('Enter');
  await expect(claimant).toHaveValue('ByteDance');
  await form.getByRole('button', { name: 'Save', exact: true }).press('Enter');
  await expect.poll(onDisk).toContain('claims:\n  - id: claim-beijing-engineers-had-access\n');
  const written = (await onDisk()) ?? '';
  expect(written.startsWith(before)).toBe(true);
  expect(written.slice(before.length)).toMatch(
    /\n {4}claimant: bytedance\n {4}evidence:\n {6}- source: [a-z-]+\n {8}exact: had access to\n {8}(prefix|suffix): .+\n$/,
  );
  await expect(page.getByTestId('status-line')).toContainText('Showing', { timeout: 20_000 });
  // The claim is a node of the graph now: the entity list finds it.
  await expect(page.getByText('Beijing engineers had access').first()).toBeAttached({
    timeout: 10_000,
  });
});

test('an invalid edit is refused with the compiler’s message and the file is unchanged', async ({
  page,
}) => {
  await openReader(page);
  const before = await onDisk();
  await annotationMode(page);
  await selectText(page, 'non-public data');
  await page.getByRole('button', { name: 'Add relation' }).click();
  await pick(page, 'Subject', 'ByteD', /^ByteDance/);
  await pick(page, 'Predicate', 'owns', /^owns/);
  await pick(page, 'Object', 'tikt', /^TikTok —/);
  await page.getByLabel('Date', { exact: true }).fill('2021-13');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const alert = page.getByRole('form', { name: 'Add relation' }).getByRole('alert');
  await expect(alert).toContainText('The compiler refused this edit');
  await expect(alert).toContainText(`${FILE}:`);
  expect(await onDisk()).toBe(before);
  // The form keeps what was typed.
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2021-13');
});

test('a file changed on disk since the form read it makes the save refuse; undo restores bytes', async ({
  page,
}) => {
  await openReader(page);
  await annotationMode(page);
  await selectText(page, 'engineers in Beijing');
  await page.getByRole('button', { name: 'New entity' }).click();
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('engineers in Beijing');
  await pick(page, 'Type', 'collectively', /^Group/);
  // Give the form time to read the file's version, then change the file behind its back.
  await expect(page.getByLabel('Save to file')).toHaveValue(FILE);
  await page.waitForTimeout(500);
  const edited = `${(await onDisk()) ?? ''}# a note added in an editor\n`;
  await writeFile(join(dev.dataDir, FILE), edited);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('changed on disk since this page read it');
  expect(await onDisk()).toBe(edited);
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('engineers in Beijing');

  // No reload: the graph already shows the file as it now is, and the same save, pressed again,
  // applies the edit to that version, keeping what the editor added.
  await expect(page.getByRole('alert')).toContainText('save again to apply it to that version');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(onDisk).toContain('  - id: engineers-in-beijing\n    type: group\n');
  expect(await onDisk()).toContain('# a note added in an editor\n');

  await expect(page.getByTestId('status-line')).toContainText('Showing', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Undo last save' }).click();
  await expect.poll(onDisk).toBe(edited);
});

test('the write endpoints refuse a request without the page’s token', async ({ request }) => {
  const before = await onDisk();
  const response = await request.post(`${dev.baseURL}__annotate/save`, {
    data: { file: FILE, version: 'absent', operation: { type: 'delete', id: 'tiktok' } },
  });
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { kind: string }).kind).toBe('forbidden');
  const undo = await request.post(`${dev.baseURL}__annotate/undo`, { data: {} });
  expect(undo.status()).toBe(403);
  expect(await onDisk()).toBe(before);
});

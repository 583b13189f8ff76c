// Narrowing the graph: by date, by source, by type, and what happens when nothing is left.
import { expect, openExplorer, test } from './fixtures';
import { drawnIds, fetchCorpus, readCounts } from './helpers';

test('a date range narrows the graph and the status line; undated relations can be hidden', async ({
  page,
}) => {
  await openExplorer(page);
  const all = await readCounts(page);
  await page.getByLabel('From', { exact: true }).fill('2021-09-01');
  await page.getByLabel('To', { exact: true }).fill('2022-01-31');
  await expect(page).toHaveURL(/from=2021-09-01&to=2022-01-31/);
  await expect.poll(async () => (await readCounts(page)).relations).toBeLessThan(all.relations);
  const ranged = await readCounts(page);
  expect(ranged.entities).toBeLessThan(all.entities);

  // The 2020 executive order is outside the range: its relations are gone; a relation dated
  // 2021-09/2022-01 overlaps it and stays.
  const corpus = await fetchCorpus(page);
  const signed = corpus.edges.find((edge) => edge.attributes.predicate === 'signed');
  const accessed = corpus.edges.find(
    (edge) => !edge.attributes.derived && edge.attributes.date === '2021-09/2022-01',
  );
  expect(signed && accessed).toBeTruthy();
  expect(await drawnIds(page, [signed!.key, accessed!.key])).toEqual([accessed!.key]);

  await page.getByRole('checkbox', { name: 'Show undated relations' }).uncheck();
  await expect.poll(async () => (await readCounts(page)).relations).toBeLessThan(ranged.relations);
  await expect(page).toHaveURL(/undated=0/);
});

test('unchecking a source removes exactly the relations only it supports', async ({ page }) => {
  await openExplorer(page);
  const corpus = await fetchCorpus(page);
  const source = corpus.attributes.sources[0]!;
  const relations = corpus.edges.filter((edge) => !edge.attributes.derived);
  const onlyThere = relations.filter((edge) =>
    edge.attributes.sources.every((id) => id === source.id),
  );
  const elsewhere = relations.filter((edge) =>
    edge.attributes.sources.some((id) => id !== source.id),
  );
  expect(onlyThere.length).toBeGreaterThan(0);
  expect(elsewhere.some((edge) => edge.attributes.sources.includes(source.id))).toBe(true);

  await page.getByRole('checkbox', { name: source.title }).uncheck();
  await expect(page).toHaveURL(/src=/);
  await expect
    .poll(() =>
      drawnIds(
        page,
        onlyThere.map((edge) => edge.key),
      ),
    )
    .toEqual([]);
  expect(
    await drawnIds(
      page,
      elsewhere.map((edge) => edge.key),
    ),
  ).toEqual(elsewhere.map((edge) => edge.key));

  await page.getByRole('button', { name: 'Check all sources' }).click();
  await expect
    .poll(
      async () =>
        (
          await drawnIds(
            page,
            onlyThere.map((edge) => edge.key),
          )
        ).length,
    )
    .toBe(onlyThere.length);
});

test('requiring corroboration counts independent origins, for relations and claims', async ({
  page,
}) => {
  await openExplorer(page);
  const corpus = await fetchCorpus(page);
  const relations = corpus.edges.filter((edge) => !edge.attributes.derived);
  const corroborated = relations
    .filter((edge) => edge.attributes.origins.length >= 2)
    .map((edge) => edge.key);
  // Several sources, one origin: three articles relaying one report are not corroboration.
  const relayed = relations
    .filter((edge) => edge.attributes.sources.length >= 2 && edge.attributes.origins.length < 2)
    .map((edge) => edge.key);
  expect(relayed.length).toBeGreaterThan(0);
  await page
    .getByRole('spinbutton', { name: /Supported by at least.*independent origins/ })
    .fill('2');
  await expect(page).toHaveURL(/min=2/);
  await expect.poll(() => drawnIds(page, relayed)).toEqual([]);
  expect(await drawnIds(page, corroborated)).toEqual(corroborated);
});

test('entity and relation types toggle from the legend', async ({ page }) => {
  await openExplorer(page);
  const list = page.getByRole('listbox', { name: /Entities shown/ });
  await expect(list.getByRole('option', { name: /· Place$/ }).first()).toBeVisible();
  await page
    .getByRole('group', { name: 'Entity types' })
    .getByRole('checkbox', { name: 'Place' })
    .uncheck();
  await expect(list.getByRole('option', { name: /· Place$/ })).toHaveCount(0);
  await expect(page).toHaveURL(/xt=place/);

  const corpus = await fetchCorpus(page);
  const owns = corpus.edges
    .filter((edge) => edge.attributes.predicate === 'owns')
    .map((edge) => edge.key);
  expect(await drawnIds(page, owns)).not.toEqual([]);
  await page
    .getByRole('group', { name: 'Relation types' })
    .getByRole('checkbox', { name: 'owns' })
    .uncheck();
  await expect.poll(() => drawnIds(page, owns)).toEqual([]);
  await expect(page).toHaveURL(/xp=owns/);
});

test('an empty result says which filter emptied it and clears it', async ({ page }) => {
  await openExplorer(page);
  const all = await readCounts(page);
  const sources = (await fetchCorpus(page)).attributes.sources.length;
  await page.getByRole('spinbutton', { name: /Supported by at least/ }).fill(String(sources + 1));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/independent origins/i);
  await expect(page.getByTestId('status-line')).toContainText(/Showing \d+ of \d+ entities, 0 of/);
  await alert.getByRole('button', { name: 'Clear the independent origins minimum' }).click();
  await expect.poll(() => readCounts(page)).toEqual(all);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the date histogram reads out the month under the pointer', async ({ page }) => {
  await openExplorer(page);
  const histogram = page.getByRole('figure').filter({
    has: page.getByRole('img', { name: /Dated relations per month/ }),
  });
  const brush = histogram.getByRole('img');
  await brush.scrollIntoViewIfNeeded();
  const box = await brush.boundingBox();
  if (!box) throw new Error('the date histogram has no box');
  const caption = histogram.locator('figcaption');
  const axisLabels = caption.locator('.histogram-axis > span');
  const [firstMonth, lastMonth] = [
    await axisLabels.first().textContent(),
    await axisLabels.last().textContent(),
  ];
  // A month with estimated dates says how many, since the hatching alone is not enough.
  const readout = caption.getByText(/^\d{4}-\d{2}: \d+ of \d+ relations( \(\d+ estimated\))?$/);
  await expect(readout).toBeHidden();
  const captionHeight = (await caption.boundingBox())?.height;

  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await expect(readout).toHaveText(new RegExp(`^${firstMonth}: `));
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
  await expect(readout).toHaveText(
    new RegExp(`^${lastMonth}: (\\d+) of [1-9]\\d* relations( \\(\\d+ estimated\\))?$`),
  );
  // The readout has its own line from the start: nothing below the chart moves.
  expect((await caption.boundingBox())?.height).toBe(captionHeight);

  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 60);
  await expect(readout).toBeHidden();
});

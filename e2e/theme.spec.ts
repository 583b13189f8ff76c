// Dark mode follows the system setting, the canvas included, and follows it live.
import type { Page } from '@playwright/test';
import { expect, openExplorer, test } from './fixtures';
import { settledPosition } from './helpers';

type Rgb = [number, number, number];

/** The colour on screen at a point of the page, read from a one-pixel screenshot. */
async function pixelAt(page: Page, x: number, y: number): Promise<Rgb> {
  const png = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b] as Rgb;
  }, png.toString('base64'));
}

/** Relative luminance, 0 (black) to 1 (white). */
function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

interface Look {
  pageBackground: string;
  pageText: string;
  canvasBackground: Rgb;
  node: Rgb;
}

/** The page's colours, an empty spot of the canvas and the middle of the TikTok node. */
async function readLook(page: Page): Promise<Look> {
  const { pageBackground, pageText } = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { pageBackground: style.backgroundColor, pageText: style.color };
  });
  const node = await settledPosition(page, 'tiktok');
  const canvas = await page.getByRole('img', { name: /^Graph of/ }).boundingBox();
  if (!canvas) throw new Error('the canvas is not drawn');
  return {
    pageBackground,
    pageText,
    canvasBackground: await pixelAt(page, canvas.x + 4, canvas.y + 4),
    node: await pixelAt(page, node.x, node.y),
  };
}

test('dark mode follows the system setting, the canvas included', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openExplorer(page, '?focus=tiktok');
  const light = await readLook(page);

  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page, '?focus=tiktok');
  const dark = await readLook(page);

  expect(light.pageBackground).toBe('rgb(255, 255, 255)');
  expect(dark.pageBackground).not.toBe(light.pageBackground);
  expect(dark.pageText).not.toBe(light.pageText);
  expect(luminance(light.canvasBackground)).toBeGreaterThan(0.8);
  expect(luminance(dark.canvasBackground)).toBeLessThan(0.05);
  // Node colours change too: dark mode draws lighter fills that keep their contrast.
  expect(dark.node).not.toEqual(light.node);
  expect(luminance(dark.node)).toBeGreaterThan(luminance(light.node));
});

test('changing the system setting while the page is open recolours it without a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openExplorer(page, '?focus=tiktok');
  const light = await readLook(page);
  await page.evaluate(() => {
    (window as { notReloaded?: boolean }).notReloaded = true;
  });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(async () => luminance((await readLook(page)).canvasBackground))
    .toBeLessThan(0.05);
  const dark = await readLook(page);
  expect(dark.pageBackground).not.toBe(light.pageBackground);
  expect(dark.node).not.toEqual(light.node);
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect
    .poll(async () => (await readLook(page)).canvasBackground)
    .toEqual(light.canvasBackground);
});

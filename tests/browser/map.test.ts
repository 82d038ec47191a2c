import { describe, expect, inject, it } from 'vitest';
import { MAP_WIDTH } from '../../src/map/map-view.ts';
import { MAP_SCALE } from '../../src/og/map-image.ts';
import { openLiveMap, useChromium } from '../support/browser.ts';

const base = inject('baseUrl');
const isLeaflet = (url: string) => /live-map|boundaries\.topo\.json|leaflet/i.test(url);

describe('the map in Chromium', () => {
	const chromium = useChromium();
	const open = (width = 390) => chromium.open(`${base}/`, { width, waitUntil: 'networkidle' });

	it('shows the static map first and requests nothing of Leaflet until the reader reaches for the map', async () => {
		const { page, requests, settled, errors, close } = await open();
		expect(await page.locator('.story-map').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(3 * 844);
		// A reader scrolls past the map and on to the end: once the page has settled after each, nothing of Leaflet was asked for.
		await page.locator('.story-map').scrollIntoViewIfNeeded();
		await settled();
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await settled();
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter(isLeaflet)).toEqual([]);
		await page.evaluate(() => window.scrollTo(0, 0));
		await openLiveMap(page);
		expect(requests.filter(isLeaflet).length).toBeGreaterThan(0);
		expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('loads the live map on a tap on the static one, too', async () => {
		const { page, close } = await open();
		await page.locator('.static-map').click();
		await page.waitForSelector('.story-map[data-ready]');
		expect(await page.locator('.live-map .leaflet-marker-icon').count()).toBeGreaterThan(2);
		await close();
	});

	it('takes the static map\'s box without shifting anything', async () => {
		const { page, close } = await open(1280);
		await page.locator('.explore').scrollIntoViewIfNeeded();
		const before = await page.locator('.map-box').boundingBox();
		const below = await page.locator('#place-list').boundingBox();
		await openLiveMap(page);
		expect(await page.locator('.map-box').boundingBox()).toEqual(before);
		expect(await page.locator('#place-list').boundingBox()).toEqual(below);
		expect(await page.locator('.live-map').isVisible()).toBe(true);
		await close();
	});

	it('has a labelled marker for Kursk, Ussuriysk and Khabarovsk', async () => {
		const { page, close } = await open();
		await openLiveMap(page);
		const labels = await page.locator('.live-map .map-marker-label').allTextContents();
		expect(labels).toEqual(expect.arrayContaining(['Kursk region', 'Ussuriysk', 'Khabarovsk']));
		for (const name of ['Kursk region', 'Ussuriysk', 'Khabarovsk']) {
			expect(await page.getByRole('button', { name: `${name}: show its claims` }).count()).toBe(1);
		}
		await close();
	});

	it('reaches a marker with Tab, opens its popup with Enter, follows a link to an existing claim, and closes with Escape', async () => {
		const { page, close } = await open(1280);
		await openLiveMap(page);
		await page.locator('.story-map').evaluate((el) => el.setAttribute('tabindex', '-1'));
		await page.focus('.story-map');
		let focused = '';
		for (let i = 0; i < 40 && !focused.includes('Ussuriysk'); i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
		}
		expect(focused).toBe('Ussuriysk: show its claims');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		const popup = page.locator('.leaflet-popup');
		await popup.waitFor();
		const link = popup.locator('a[href^="/#"]').first();
		const href = await link.getAttribute('href');
		expect(await page.locator(`[id="${href!.slice(2)}"]`).count()).toBe(1);
		expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
		await page.keyboard.press('Escape');
		await popup.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ussuriysk: show its claims');
		await page.keyboard.press('Enter');
		await page.locator('.leaflet-popup a[href^="/#"]').first().press('Enter');
		await page.waitForURL((url) => url.hash === href!.slice(1));
		await close();
	});

	it('shows the static map, drawn for a sharp screen, and the list of places without JavaScript', async () => {
		const { page, close } = await chromium.open(`${base}/`, { javaScriptEnabled: false });
		expect(await page.locator('.static-map').isVisible()).toBe(true);
		expect(await page.locator('.static-map').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(MAP_WIDTH * MAP_SCALE);
		expect(await page.locator('.explore').isVisible()).toBe(false);
		const svg = await (await page.request.get(`${base}/map/story-map.svg`)).text();
		for (const name of ['Kursk region', 'Ussuriysk', 'Khabarovsk']) expect(svg).toContain(`>${name}</text>`);
		await page.locator('#place-list').click();
		expect(await page.locator('[data-place] .place-claims a').count()).toBeGreaterThan(3);
		expect(await page.locator('.routes li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Ussuriysk to Kursk region: [\d,]+ km$/)]));
		await close();
	});

	it('shows the map in dark colours to a reader who prefers dark, and in light ones otherwise', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, close } = await chromium.open(`${base}/`, { colorScheme });
			const shown = await page.locator('.static-map').evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, width: img.complete ? img.naturalWidth : 0 }));
			expect(shown.src).toMatch(new RegExp(`/map/story-map-${colorScheme}\\.webp$`));
			expect(shown.width).toBe(MAP_WIDTH * MAP_SCALE);
			await close();
		}
	});
});

// What a reader does on the story page, timed on the bench's throttled phone (applied 4× CPU
// throttling, cache off) with the Event Timing API, as Interaction to Next Paint counts it: an
// interaction lasts from the input to the next frame painted after its handlers ran. Each
// interaction runs on a fresh cold load, once the page has settled and the control is on screen.
import type { Browser, Locator, Page } from 'playwright-core';
import { coldPhonePage } from './phone-load.ts';

/** One interaction's slowest event, in ms (0 when every event took under Event Timing's 16 ms floor). */
export interface InteractionTimes {
	openRow: number;
	filter: number;
	search: number;
	exploreMap: number;
	/** From the tap on "Explore the map" to the first frame with Leaflet's map drawn. */
	mapDrawn: number;
}

/** The interactions measured, with what each does and when it is done. */
export const INTERACTIONS: { key: Exclude<keyof InteractionTimes, 'mapDrawn'>; name: string; act(page: Page): Promise<void> }[] = [
	{
		key: 'openRow',
		name: 'opening a claim row',
		async act(page) {
			const summary = await onScreen(page.locator('article.claim summary').first());
			await summary.click();
			await page.locator('article.claim details[open]').first().waitFor();
		},
	},
	{
		key: 'filter',
		name: 'filtering the claims (status)',
		async act(page) {
			const select = await onScreen(page.locator('claim-filter select[name="status"]'));
			await select.focus();
			await page.keyboard.press('ArrowDown');
			await page.waitForFunction(() => /^Showing \d+ of/.test(document.querySelector('claim-filter .count')?.textContent ?? ''));
		},
	},
	{
		key: 'search',
		name: 'the first search (open, type a word)',
		async act(page) {
			await page.locator('site-search button.open').click();
			await page.locator('#search-input').pressSequentially('troops', { delay: 120 });
			await page.locator('site-search .results li').first().waitFor({ timeout: 30_000 });
		},
	},
	{
		key: 'exploreMap',
		name: '"Explore the map"',
		async act(page) {
			await (await onScreen(page.locator('.explore'))).click();
			await page.waitForFunction(() => (window as unknown as { __mapDrawn?: number }).__mapDrawn !== undefined, undefined, { timeout: 60_000 });
		},
	},
];

/** Scrolls `control` into view and lets the page lay out and paint what came into view. */
async function onScreen(control: Locator) {
	await control.scrollIntoViewIfNeeded();
	await control.page().waitForTimeout(1000);
	return control;
}

/**
 * Installed before the page's own scripts: records every Event Timing entry of 16 ms or more,
 * and the time from a tap on "Explore the map" to the first frame after Leaflet drew the map
 * (its outlines in the overlay pane, the button gone).
 */
function observe() {
	const w = window as unknown as { __events: { id: number; start: number; duration: number }[]; __mapDrawn?: number };
	w.__events = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as PerformanceEventTiming[]) if (entry.interactionId) w.__events.push({ id: entry.interactionId, start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
	// The map starts loading on pointerdown (the button sits on the map), so the tap is timed from there.
	document.addEventListener(
		'pointerdown',
		(event) => {
			if (!(event.target instanceof Element) || !event.target.closest('.explore') || w.__mapDrawn !== undefined) return;
			const tapped = event.timeStamp;
			const drawn = () => document.querySelector('.leaflet-overlay-pane path') && !document.querySelector('.explore');
			const watcher = new MutationObserver(() => {
				if (!drawn()) return;
				watcher.disconnect();
				requestAnimationFrame(() => setTimeout(() => (w.__mapDrawn = performance.now() - tapped)));
			});
			watcher.observe(document.body, { childList: true, subtree: true });
		},
		{ capture: true },
	);
}

/** Runs `interaction` on a cold load of `url`; resolves with its slowest interaction's duration (and the map's drawing time). */
export async function timeInteraction(browser: Browser, url: string, interaction: (typeof INTERACTIONS)[number]) {
	const { context, page } = await coldPhonePage(browser);
	await page.addInitScript(observe);
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForTimeout(2000);
	const from = await page.evaluate(() => performance.now());
	await interaction.act(page);
	// Entries are reported after the frame they waited for: let two frames and a moment pass.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 500)))));
	const { events, mapDrawn } = await page.evaluate(() => {
		const w = window as unknown as { __events: { id: number; start: number; duration: number }[]; __mapDrawn?: number };
		return { events: w.__events, mapDrawn: w.__mapDrawn };
	});
	await context.close();
	const slowest = Math.max(0, ...events.filter((event) => event.start >= from).map((event) => event.duration));
	return { duration: slowest, mapDrawn };
}

import { glob } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openLiveMap, searchFor, useChromium, watchPage } from '../support/browser.ts';

const base = inject('baseUrl');
const paths: string[] = [];
for await (const file of glob('dist/**/index.html')) paths.push(`/${file.slice('dist/'.length, -'index.html'.length)}`);
paths.sort();
/**
 * One page of each template: the story, a claim page, a question page, the updates page and
 * the 404 page. Pages of one template differ only in content, which the hostile-content and
 * build tests cover; axe runs on each template in light and dark, at phone and desktop widths.
 */
const templates = ['/', paths.find((p) => p.startsWith('/claims/'))!, paths.find((p) => p.startsWith('/questions/'))!, '/updates/', '/404.html'];

/** Runs `task` over `items`, `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
	for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(task));
}

const SLOW = { timeout: 600_000 };
/**
 * Runs axe on the page as laid out. Sections and claim rows with `content-visibility: auto` skip hit-testing
 * while off screen, which axe's target-size rule reads as "obscured"; they are rendered first,
 * which changes nothing a reader sees once they scroll there. These pages have no frames, so axe
 * runs in the page itself ("legacy mode") instead of opening a blank page per run to merge
 * results across frames: the same rules, a third less time. `within` limits a run to the parts
 * of a page that a test has just changed (the live map, the search results).
 */
async function axe(page: Page, within: string[] = []) {
	await page.evaluate(() => document.querySelectorAll<HTMLElement>('.deferred, .claim-row').forEach((el) => el.style.setProperty('content-visibility', 'visible')));
	expect(await page.locator('iframe').count()).toBe(0);
	const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
	for (const selector of within) builder.include(selector);
	return builder.analyze();
}
const describeViolations = (violations: Awaited<ReturnType<typeof axe>>['violations']) =>
	violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);

describe('quality gates in Chromium', () => {
	const chromium = useChromium();
	let browser: Browser;
	beforeAll(() => {
		browser = chromium.browser;
	});

	it('finds every built page, and one of each template', () => {
		expect(paths).toContain('/');
		expect(paths.length).toBeGreaterThan(30);
		expect(templates.every(Boolean)).toBe(true);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const width of [390, 1280]) {
			it(`axe finds no violation on any page template, ${colorScheme}, ${width} px`, SLOW, async () => {
				const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
				const failures: string[] = [];
				await inBatches(templates, 3, async (path) => {
					const page = await context.newPage();
					await page.goto(base + path, { waitUntil: 'load' });
					const { violations } = await axe(page);
					failures.push(...describeViolations(violations).map((v) => `${path} ${v}`));
					await page.close();
				});
				await context.close();
				expect(failures).toEqual([]);
			});
		}
	}

	// Lighthouse audits the page as first loaded, with the deferred sections not yet drawn: their
	// content, laid out only when axe asks where it is, must not spill over the next section.
	it('axe finds no target too small or too crowded on the story page as Lighthouse sees it, deferred sections undrawn', SLOW, async () => {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
		const page = await context.newPage();
		await page.goto(`${base}/`, { waitUntil: 'load' });
		expect(await page.locator('.deferred').count()).toBeGreaterThan(3);
		const { violations, passes } = await new AxeBuilder({ page }).setLegacyMode(true).withRules(['target-size']).analyze();
		expect(passes.some((rule) => rule.id === 'target-size'), 'axe ran its target-size rule').toBe(true);
		expect(describeViolations(violations)).toEqual([]);
		await context.close();
	});

	it('axe finds no violation with the live map loaded and search open', SLOW, async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto(`${base}/`);
			await openLiveMap(page);
			await page.getByRole('button', { name: 'Kursk region: show its claims' }).click();
			await page.locator('.leaflet-popup').waitFor();
			// The rest of the page is the template checked above; this checks what the reader opened.
			expect(describeViolations((await axe(page, ['.story-map'])).violations)).toEqual([]);
			await page.keyboard.press('Escape');
			await (await searchFor(page, 'Zelenskyy')).first().waitFor();
			expect(describeViolations((await axe(page, ['site-search'])).violations)).toEqual([]);
			await context.close();
		}
	});

	it('runs every page under the Content-Security-Policy with no violation or console error', SLOW, async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const { errors } = await watchPage(page);
		expect(paths.length).toBeGreaterThan(0);
		for (const path of paths) {
			await page.goto(base + path, { waitUntil: 'load' });
			// Polled: the page of a renamed claim's old id moves on to its new page as soon as it loads.
			await expect.poll(() => page.locator('meta[http-equiv="Content-Security-Policy"]').count(), { message: path }).toBe(1);
		}
		await page.goto(`${base}/`);
		await openLiveMap(page);
		await (await searchFor(page, 'Kursk')).first().waitFor();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lets a keyboard reach the skip link, claims, the live map and its markers, and chart marks, with focus always visible', SLOW, async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		await page.goto(`${base}/`);
		const reached = new Set<string>();
		const invisible: string[] = [];
		for (let i = 0; i < 600 && reached.size < 5; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const kind = el.matches('.skip-link') ? 'skip link'
					: el.closest('article.claim') && el.matches('summary') ? 'claim'
					: el.matches('.explore') ? 'map button'
					: el.matches('.leaflet-marker-icon') ? 'map marker'
					: el.matches('a.mark') ? 'chart mark' : '';
				const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				return { kind, visible, name: el.outerHTML.slice(0, 80) };
			});
			if (!focus) continue;
			if (focus.kind) reached.add(focus.kind);
			if (!focus.visible) invisible.push(focus.name);
			// The live map loads when a keyboard reader presses its button; focus then moves into it.
			if (focus.kind === 'map button') {
				await page.keyboard.press('Enter');
				await page.waitForSelector('.story-map[data-ready]');
			}
		}
		expect([...reached].sort()).toEqual(['chart mark', 'claim', 'map button', 'map marker', 'skip link']);
		expect(invisible).toEqual([]);
		await page.close();
	});

	it('prints the URLs of links, the static map and the charts, and hides the navigation', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}/`);
		await openLiveMap(page);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => ({
			header: getComputedStyle(document.querySelector('.site-header')!).display,
			filter: getComputedStyle(document.querySelector('claim-filter')!).display,
			staticMap: getComputedStyle(document.querySelector('.static-map')!).visibility,
			liveMap: getComputedStyle(document.querySelector('.live-map')!).display,
			chart: getComputedStyle(document.querySelector('#chart-estimates svg.wide')!).display,
			claimPageLink: getComputedStyle(document.querySelector('article.claim .page-link')!, '::after').content,
		}));
		expect(printed).toEqual({ header: 'none', filter: 'none', staticMap: 'visible', liveMap: 'none', chart: 'block', claimPageLink: expect.stringContaining('claims/') });
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.length).toBeGreaterThan(10_000);
		await page.close();
	});

	it('follows prefers-color-scheme and respects prefers-reduced-motion', async () => {
		const dark = await browser.newPage({ colorScheme: 'dark' });
		await dark.goto(`${base}/`);
		expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
		await dark.close();
		const still = await browser.newPage({ reducedMotion: 'reduce' });
		await still.goto(`${base}/`);
		expect(await still.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
		expect(await still.evaluate(() => getComputedStyle(document.querySelector('a.mark')!).transitionDuration)).toBe('0s');
		await still.close();
		// An in-page link lands on its claim, far below past deferred sections, not beyond it.
		const moving = await browser.newPage({ reducedMotion: 'no-preference' });
		await moving.goto(`${base}/`);
		const link = moving.locator('.intro a[href^="/#"]').first();
		const id = (await link.getAttribute('href'))!.slice(2);
		await link.click();
		await moving.waitForTimeout(1500);
		const top = await moving.evaluate((target) => document.getElementById(target)!.getBoundingClientRect().top, id);
		expect(top, `${id} is at the top of the screen`).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(60);
		await moving.close();
	});
});

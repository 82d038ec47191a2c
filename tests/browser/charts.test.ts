import { describe, expect, inject, it } from 'vitest';
import { isTroopCount } from '../../src/charts/estimate-rows.ts';
import { share } from '../../src/charts/waffle.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { dateSortKey } from '../../src/story/dates.ts';
import { useChromium } from '../support/browser.ts';

const base = inject('baseUrl');
const { files } = await checkContent(process.cwd());
/** The scope the other figures are set against (content/story.md: the scope marked whole). */
const whole = new Set(files.story[0]!.data!.scopes.filter((scope) => scope.whole).map((scope) => scope.id));
const estimates = files.estimates.map((e) => ({ id: e.id, scope: e.data!.scope, counts: e.data!.counts, claim: e.data!.claim, day: dateSortKey(e.data!.stated), high: typeof e.data!.value === 'number' ? e.data!.value : e.data!.value.max }));
/** The figures the troop chart draws as marks: people sent, present or planned, but not the whole's. */
const deployment = estimates.filter((e) => !whole.has(e.scope) && isTroopCount(e.counts));
/** The figures the losses chart draws: the killed, wounded and captured. */
const losses = estimates.filter((e) => !whole.has(e.scope) && !isTroopCount(e.counts));

describe('the troop-estimate charts in Chromium', () => {
	const chromium = useChromium();

	for (const width of [390, 1280]) {
		it(`at ${width} px shows one mark per deployment estimate, each linking to an existing claim anchor`, async () => {
			const context = await chromium.browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.goto(`${base}/`);
			const marks = page.locator('#chart-estimates a.mark:visible');
			expect(deployment.length).toBeGreaterThan(0);
			expect(await marks.count()).toBe(deployment.length);
			const ids = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-estimate')));
			expect(ids.sort()).toEqual(deployment.map((e) => e.id).sort());
			for (const href of await marks.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))) {
				const id = decodeURIComponent(href.split('#')[1]!);
				expect(await page.locator(`[id="${id}"]`).count(), href).toBe(1);
			}
			await context.close();
		});
	}

	it('draws every loss figure in the losses chart, and none in the troop chart', async () => {
		const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}/`);
		const ids = await page.locator('#chart-losses svg.wide a.mark').evaluateAll((els) => els.map((el) => el.getAttribute('data-estimate')));
		expect(ids.sort()).toEqual(losses.map((e) => e.id).sort());
		for (const { id } of losses) expect(await page.locator(`#chart-estimates a.mark[data-estimate="${id}"]`).count()).toBe(0);
		await page.close();
	});

	it('has a table row for every estimate, agreeing with the marks', async () => {
		const page = await chromium.browser.newPage();
		await page.goto(`${base}/`);
		const rows = page.locator('#chart-estimates table tbody tr, #chart-losses table tbody tr');
		expect(await rows.count()).toBe(estimates.length);
		expect(deployment.length).toBeGreaterThan(0);
		for (const estimate of deployment) {
			const label = await page.locator(`#chart-estimates svg.wide a.mark[data-estimate="${estimate.id}"]`).getAttribute('aria-label');
			const figure = await page.locator(`#chart-estimates tr[data-estimate="${estimate.id}"] td:nth-child(2)`).textContent();
			expect(label).toContain(figure!.trim());
			expect(await page.locator(`#chart-estimates tr[data-estimate="${estimate.id}"] a`).getAttribute('href')).toBe(`/#${estimate.claim}`);
		}
		await page.close();
	});

	it('reaches every mark by keyboard in date order, shows its exact wording on focus, and follows it with Enter', async () => {
		const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}/`);
		await page.locator('#chart-estimates').scrollIntoViewIfNeeded();
		// Start from the element just before the chart, as a keyboard user tabbing down would.
		await page.locator('#chart-estimates .legend').evaluate((el) => el.setAttribute('tabindex', '-1'));
		await page.focus('#chart-estimates .legend');
		const order: string[] = [];
		for (let i = 0; i < deployment.length; i++) {
			await page.keyboard.press('Tab');
			order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-estimate') ?? ''));
		}
		// Every mark, once each, by the day each figure was stated.
		expect([...order].sort()).toEqual(deployment.map((e) => e.id).sort());
		const days = order.map((id) => deployment.find((e) => e.id === id)!.day);
		expect(days).toEqual([...days].sort());
		const last = deployment.find((e) => e.id === order.at(-1))!;
		const detail = page.locator(`#chart-estimates svg.wide a.mark[data-estimate="${last.id}"] + .detail`);
		expect(await detail.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.hash === `#${last.claim}`);
		await page.close();
	});

	it('is readable without JavaScript: the SVG and the table are in the HTML', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${base}/`);
		expect(await page.locator('#chart-estimates svg:visible').count()).toBe(1);
		expect(await page.locator('#chart-scale svg:visible').count()).toBe(1);
		// The largest figure for a part, as a share of the whole.
		const army = Math.max(...estimates.filter((e) => whole.has(e.scope)).map((e) => e.high));
		const largest = Math.max(...deployment.map((e) => e.high));
		expect(await page.locator('#chart-scale').textContent()).toContain(share(largest, army));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});

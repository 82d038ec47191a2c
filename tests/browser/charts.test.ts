import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { launchChromium } from '../../commands/support/chromium.ts';

const base = inject('baseUrl');

describe('the troop-estimate charts in Chromium', () => {
	let browser: Browser;
	let estimates: { id: string; scope: string; claim: string }[];
	beforeAll(async () => {
		browser = await launchChromium();
		const { files } = await checkContent(process.cwd());
		estimates = files.estimates.map((e) => ({ id: e.id, scope: e.data!.scope, claim: e.data!.claim }));
	});
	afterAll(() => browser?.close());

	for (const width of [390, 1280]) {
		it(`at ${width} px shows one mark per deployment estimate, each linking to an existing claim anchor`, async () => {
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.goto(`${base}/`);
			const marks = page.locator('#chart-estimates a.mark:visible');
			const deployment = estimates.filter((e) => e.scope !== 'whole-army');
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

	it('has a table row for every estimate, agreeing with the marks', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/`);
		const rows = page.locator('#chart-estimates table tbody tr');
		expect(await rows.count()).toBe(estimates.length);
		for (const estimate of estimates.filter((e) => e.scope !== 'whole-army')) {
			const label = await page.locator(`#chart-estimates svg.wide a.mark[data-estimate="${estimate.id}"]`).getAttribute('aria-label');
			const figure = await page.locator(`#chart-estimates tr[data-estimate="${estimate.id}"] td:nth-child(2)`).textContent();
			expect(label).toContain(figure!.trim());
			expect(await page.locator(`#chart-estimates tr[data-estimate="${estimate.id}"] a`).getAttribute('href')).toBe(`/#${estimate.claim}`);
		}
		await page.close();
	});

	it('reaches every mark by keyboard in date order, shows its exact wording on focus, and follows it with Enter', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}/`);
		await page.locator('#chart-estimates').scrollIntoViewIfNeeded();
		// Start from the element just before the chart, as a keyboard user tabbing down would.
		await page.locator('#chart-estimates .legend').evaluate((el) => el.setAttribute('tabindex', '-1'));
		await page.focus('#chart-estimates .legend');
		const order: string[] = [];
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('Tab');
			order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-estimate') ?? ''));
		}
		expect(order).toEqual(['state-dept-up-to-10000-kursk', 'sk-defence-10000-russia', 'zelenskyy-11000-kursk', 'satellite-hundreds-far-east']);
		const detail = page.locator('#chart-estimates svg.wide a.mark[data-estimate="satellite-hundreds-far-east"] + .detail');
		expect(await detail.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
		await page.keyboard.press('Enter');
		await page.waitForURL(/#satellite-hundreds-assembling$/);
		await page.close();
	});

	it('is readable without JavaScript: the SVG and the table are in the HTML', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${base}/`);
		expect(await page.locator('#chart-estimates svg:visible').count()).toBe(1);
		expect(await page.locator('#chart-scale svg:visible').count()).toBe(1);
		expect(await page.locator('#chart-scale').textContent()).toContain('0.92%');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});

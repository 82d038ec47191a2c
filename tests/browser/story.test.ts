import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';

const base = inject('baseUrl');

describe('the story page in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(() => browser?.close());

	/** Opens a page, recording console errors and every request's URL. */
	async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
		const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 390, height: 844 } });
		const page = await context.newPage();
		const errors: string[] = [];
		const requests: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(base + path, { waitUntil: 'networkidle' });
		return { page, errors, requests, close: () => context.close() };
	}

	const topOf = (page: Page, id: string) => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);

	it('lands a claim link at the top of the viewport and marks that claim as the target', async () => {
		const { page, close } = await open('/#sk-no-full-scale-combat-yet');
		await page.waitForFunction(() => Math.abs(document.getElementById('sk-no-full-scale-combat-yet')!.getBoundingClientRect().top) < 40);
		const top = await topOf(page, 'sk-no-full-scale-combat-yet');
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(40);
		expect(await page.locator('#sk-no-full-scale-combat-yet').evaluate((el) => el.matches(':target'))).toBe(true);
		const background = await page.locator('#sk-no-full-scale-combat-yet').evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		await close();
	});

	it('loads with no console errors and no request leaving the local origin', async () => {
		const { page, errors, requests, close } = await open('/', { width: 1280 });
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
		await close();
	});

	it('is complete without JavaScript: every claim, the timeline, the sources and the method', async () => {
		const { page, close } = await open('/', { javaScriptEnabled: false });
		const claimIds = await page.locator('article.claim').evaluateAll((els) => els.map((el) => el.id));
		expect(claimIds.length).toBeGreaterThanOrEqual(20);
		expect(claimIds).toContain('first-clash-reported');
		for (const heading of ['What we know, and what is disputed', 'Every claim', 'Timeline', 'Sources', 'Method']) {
			await expect.poll(() => page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
		}
		expect(await page.locator('ol.timeline > li').count()).toBeGreaterThanOrEqual(9);
		expect(await page.locator('#status-unverified').textContent()).toContain('single unnamed source');
		expect(await page.locator('#first-clash-reported').textContent()).toContain('Senior Ukrainian officials');
		await close();
	});

	it('has no horizontal scroll at 320 px', async () => {
		const { page, close } = await open('/', { width: 320 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await close();
	});
});

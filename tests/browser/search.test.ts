import { describe, expect, inject, it } from 'vitest';
import { searchFor, useChromium } from '../support/browser.ts';

const base = inject('baseUrl');

describe('search in Chromium', () => {
	const chromium = useChromium();

	it('loads nothing of Pagefind until a reader opens search', async () => {
		const { page, requests, errors, close } = await chromium.open(`${base}/`, { waitUntil: 'networkidle' });
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		await Promise.all([
			page.waitForResponse((response) => response.url().includes('/pagefind/pagefind.js')),
			page.getByRole('button', { name: /^Search/ }).click(),
		]);
		expect(errors).toEqual([]);
		await close();
	});

	it('works by keyboard: "/" opens it, typing finds a claim, the arrow key reaches it and Enter lands on its anchor', async () => {
		const page = await chromium.browser.newPage();
		await page.goto(`${base}/`);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		await page.keyboard.type('Khabarovsk');
		const first = page.locator('site-search .results li a').first();
		await first.waitFor();
		expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results?/);
		const titles = await page.locator('site-search .results li > a:not(.page-link)').allTextContents();
		expect(titles.some((title) => title.includes('Ussuriysk and Khabarovsk'))).toBe(true);
		await page.keyboard.press('ArrowDown');
		const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(href).toMatch(/^\/#/);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.hash === href!.slice(1));
		expect(await page.locator('dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		const target = page.locator(`[id="${href!.slice(2)}"]`);
		expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
		await expect.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 5000 }).toBeLessThan(60);
		expect(await target.evaluate((el) => el.getBoundingClientRect().top), 'the row is not scrolled past').toBeGreaterThanOrEqual(0);
		await page.close();
	});

	it('finds sources and timeline events too, and closes with Escape', async () => {
		const page = await chromium.browser.newPage();
		await page.goto(`${base}/`);
		await searchFor(page, 'Korean War');
		await page.locator('site-search .results .kind', { hasText: 'Timeline' }).first().waitFor();
		await page.locator('#search-input').fill('Kyodo');
		await page.locator('site-search .results .kind', { hasText: 'Source' }).first().waitFor();
		await page.keyboard.press('Escape');
		expect(await page.locator('dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		await page.close();
	});

	it('is absent without JavaScript, and nothing looks broken', async () => {
		const { page, close } = await chromium.open(`${base}/`, { javaScriptEnabled: false });
		expect(await page.locator('site-search button.open').isVisible()).toBe(false);
		expect(await page.locator('site-search dialog').isVisible()).toBe(false);
		await close();
	});
});

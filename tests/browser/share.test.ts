import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/browser.ts';

const base = inject('baseUrl');

describe('sharing a claim in Chromium', () => {
	const chromium = useChromium();

	it('copies the claim page\'s address with "Copy link" and announces it', async () => {
		const context = await chromium.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${base}/claims/umerov-first-encounter/`);
		const button = page.locator('copy-link button');
		await button.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/claims/umerov-first-encounter/`);
		const status = page.locator('copy-link [role="status"]');
		await expect.poll(() => status.textContent()).toBe('Link copied');
		await context.close();
	});

	it('falls back to a selected address field where the clipboard is refused', async () => {
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await page.goto(`${base}/claims/umerov-first-encounter/`);
		await page.locator('copy-link button').click();
		const field = page.locator('copy-link input');
		expect(await field.inputValue()).toBe(`${base}/claims/umerov-first-encounter/`);
		expect(await field.evaluate((el: HTMLInputElement) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
		await context.close();
	});

	it('keeps the copy button out of the way without JavaScript, where the claim page link serves', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/claims/umerov-first-encounter/`);
		expect(await page.locator('copy-link button:visible').count()).toBe(0);
		await page.goto(`${base}/#umerov-first-encounter`);
		// Without JavaScript the row's own disclosure opens natively and leads to the claim page.
		await page.locator('#umerov-first-encounter summary').click();
		expect(await page.locator('#umerov-first-encounter a[href="/claims/umerov-first-encounter/"]').isVisible()).toBe(true);
		await context.close();
	});

	it('leads from a claim page back to the claim\'s anchor, highlighted', async () => {
		const page = await chromium.browser.newPage();
		await page.goto(`${base}/claims/sk-no-full-scale-combat-yet/`);
		expect(await page.locator('h1').textContent()).toContain('not yet engaged in full-scale combat');
		await page.getByRole('link', { name: 'See this claim in the full story' }).click();
		await page.waitForURL(`${base}/#sk-no-full-scale-combat-yet`);
		expect(await page.locator('#sk-no-full-scale-combat-yet').evaluate((el) => el.matches(':target'))).toBe(true);
		await page.close();
	});
});

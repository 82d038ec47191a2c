import { readdir } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../commands/support/chromium.ts';

const base = inject('baseUrl');
const claimCount = (await readdir('content/claims')).filter((file) => file.endsWith('.md')).length;
// A claim near the end of the list, and one whose body holds links of its own to tab past.
const ROW = 'zelenskyy-urges-support';

describe('sharing a claim from its row on the story page, in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(() => browser?.close());

	/** A page in a context that may read and write the clipboard. */
	async function withClipboard(): Promise<{ context: BrowserContext; page: Awaited<ReturnType<BrowserContext['newPage']>> }> {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
		return { context, page: await context.newPage() };
	}

	it('gives every row, opened, its own address on the story page', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${base}/`);
		const rows = await page.locator('article.claim-row').evaluateAll((els) => els.map((row) => ({ id: row.id, href: row.querySelector<HTMLAnchorElement>('details a.row-link')?.href })));
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.length).toBe(claimCount);
		for (const row of rows) expect(row.href, row.id).toBe(`${base}/#${row.id}`);
		await context.close();
	});

	it('copies the row\'s address in one more tap once the row is open, and says so, without leaving the page', async () => {
		const { context, page } = await withClipboard();
		await page.goto(`${base}/`);
		const row = page.locator(`[id="${ROW}"]`);
		await row.locator('summary').click();
		const link = row.locator('a.row-link');
		expect(await link.isVisible()).toBe(true);
		await link.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/#${ROW}`);
		await expect.poll(() => row.locator('[role="status"]').textContent()).toBe('Link copied');
		expect(page.url()).toBe(`${base}/`);
		await context.close();
	});

	it('copies it by keyboard: Tab to the row, Enter to open it, Tab to its link, Enter to copy', async () => {
		const { context, page } = await withClipboard();
		await page.goto(`${base}/`);
		const summary = page.locator(`[id="${ROW}"] summary`);
		// Reach the row's summary by Tab from the row before it, as a keyboard reader does.
		await page.locator(`[id="${ROW}"]`).evaluate((row) => row.previousElementSibling!.querySelector<HTMLElement>('summary')!.focus());
		await page.keyboard.press('Tab');
		expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.locator(`[id="${ROW}"] details`).evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
		let presses = 0;
		while (!(await page.evaluate(() => document.activeElement?.matches('a.row-link') ?? false)) && presses < 20) {
			await page.keyboard.press('Tab');
			presses++;
		}
		expect(await page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(ROW);
		expect(await page.evaluate(() => document.activeElement?.matches('a.row-link'))).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/#${ROW}`);
		await expect.poll(() => page.locator(`[id="${ROW}"] [role="status"]`).textContent()).toBe('Link copied');
		await context.close();
	});

	it('falls back to the address in a selected field where the clipboard is refused', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await page.goto(`${base}/`);
		const row = page.locator(`[id="${ROW}"]`);
		await row.locator('summary').click();
		await row.locator('a.row-link').click();
		const field = row.locator('input');
		await expect.poll(() => field.count()).toBe(1);
		expect(await field.inputValue()).toBe(`${base}/#${ROW}`);
		expect(await field.evaluate((el: HTMLInputElement) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
		expect(page.url()).toBe(`${base}/`);
		await context.close();
	});

	it('shows the address as a link in the opened row without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${base}/`);
		const row = page.locator(`[id="${ROW}"]`);
		expect(await row.locator('a.row-link').isVisible()).toBe(false);
		await row.locator('summary').click();
		const link = row.locator('a.row-link');
		expect(await link.isVisible()).toBe(true);
		expect(await link.textContent()).toMatch(new RegExp(`^https?://[^/]+/#${ROW}$`));
		expect(await link.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Link to this claim: "');
		await link.click();
		await page.waitForURL(`${base}/#${ROW}`);
		await context.close();
	});
});

describe('"Cite this claim" on a claim\'s page, in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(() => browser?.close());

	const PAGE = '/claims/zelenskyy-urges-support/';

	it('copies each of the six forms with its own button', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
		const page = await context.newPage();
		await page.goto(base + PAGE);
		await page.getByText('Cite this claim').click();
		const forms = page.locator('copy-citation');
		expect(await forms.count()).toBe(6);
		for (let i = 0; i < 6; i++) {
			const form = forms.nth(i);
			await form.getByRole('button').click();
			const text = await form.locator('pre').textContent();
			await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
			await expect.poll(() => form.locator('[role="status"]').textContent()).toBe('Citation copied');
		}
		const download = await page.getByRole('link', { name: 'Download the CSL-JSON' }).getAttribute('href');
		const response = await page.request.get(base + download!);
		expect(response.ok()).toBe(true);
		expect(await response.text()).toBe(await forms.last().locator('pre').textContent());
		await context.close();
	});

	it('works without JavaScript: it opens, shows the six forms to select, and no copy button', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(base + PAGE);
		expect(await page.locator('copy-citation pre').first().isVisible()).toBe(false);
		await page.getByText('Cite this claim').click();
		expect(await page.locator('copy-citation pre:visible').count()).toBe(6);
		expect(await page.locator('copy-citation button:visible').count()).toBe(0);
		expect(await page.locator('copy-citation h3').allTextContents()).toEqual(['Wikipedia {{cite web}}', 'APA (7th edition)', 'Chicago (note)', 'BibTeX', 'RIS', 'CSL-JSON']);
		await context.close();
	});
});

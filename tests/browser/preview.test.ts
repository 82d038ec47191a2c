import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../commands/support/chromium.ts';
import { startDevServer } from '../support/dev-server.ts';
import { lineOf } from '../support/line-of.ts';
import { tempProject } from '../support/temp-project.ts';

// The editor's preview: `astro dev` on a throwaway copy, started here and stopped after.
describe('the live preview (npm run dev) in Chromium', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let dev: Awaited<ReturnType<typeof startDevServer>>;
	let base: string;
	let browser: Browser;

	beforeAll(async () => {
		project = await tempProject();
		dev = await startDevServer(project.dir);
		base = dev.base;
		browser = await launchChromium();
	}, 120_000);
	afterAll(async () => {
		if (process.env.PREVIEW_LOG) console.log(dev?.log());
		await browser?.close();
		dev?.stop();
		await project?.cleanup();
	});

	async function open(path = '/') {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await page.locator('main h1').waitFor();
		return { page, errors };
	}
	const styled = (page: Page) =>
		page.evaluate(() => ({
			sheets: document.styleSheets.length,
			font: getComputedStyle(document.querySelector('main h1')!).fontFamily,
			csp: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
		}));

	it('looks like the published page: styled, in the site\'s font, with no CSP error in the console', async () => {
		const { page, errors } = await open();
		const look = await styled(page);
		expect(look.sheets, dev.log()).toBeGreaterThan(0);
		expect(look.font).toContain('system-ui');
		expect(look.csp).toBe(0);
		expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
		await page.close();
	});

	it('holds what content loads to the site\'s own rules, as the built site does: an image from elsewhere is blocked', async () => {
		const response = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
		expect(response.headers.get('content-security-policy')).toMatch(/(^|; )img-src 'self'(;|$)/);
		const { page, errors } = await open();
		const blocked = page.waitForEvent('console', { predicate: (message) => /Content Security Policy/i.test(message.text()) });
		await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<picture><source srcset="https://elsewhere.example/x.png"><img alt="" src="https://elsewhere.example/y.png"></picture>'));
		expect((await blocked).text()).toMatch(/img-src 'self'/);
		expect(errors.length).toBeGreaterThan(0);
		await page.close();
	});

	it('shows the content check\'s message while a reference is broken, and the page again once it is fixed', async () => {
		const file = 'content/claims/austin-very-serious-escalation.md';
		const original = await project.read(file);
		await project.edit(file, (text) => text.replace('claimant: lloyd-austin', 'claimant: lloyd-austen'));
		try {
			const page = await browser.newPage();
			await expect.poll(async () => {
				await page.goto(`${base}/`);
				return page.locator('body').textContent();
			}, { timeout: 20_000 }).toContain(`${file}:${lineOf(original, 'claimant:')} claimant: "lloyd-austen" is not a source; did you mean "lloyd-austin"?`);
			expect(await page.locator('body').textContent()).not.toMatch(/TypeError|at \S+\.astro/);
			// It reloads itself, so it turns back into the page when the file is fixed, with no one reloading it.
			await project.write(file, original);
			// Astro's own reload, after its store catches up, may follow ours: the page and its styles are read together, retried until a reload is over.
			const story = () => page.evaluate(() => ({ h1: document.querySelector('main h1')?.textContent ?? '', font: getComputedStyle(document.body).fontFamily })).catch(() => ({ h1: '', font: '' }));
			await expect.poll(story, { timeout: 30_000 }).toEqual({ h1: expect.stringContaining('North Korean troops in Russia'), font: expect.stringContaining('system-ui') });
			await page.close();
		} finally {
			await project.write(file, original);
		}
	});

	it.each([
		['a misspelt field', (text: string) => text.replace('statement:', 'statment:'), 'statment: is not a field here; did you mean "statement"?'],
		['a missing closing ---', (text: string) => text.replace(/\n---\n/, '\n'), ': has no closing "---" line after its fields'],
		['front matter that is not YAML', (text: string) => text.replace('status:', 'status: [x'), ': is not valid YAML'],
	])('prints the content check\'s message for %s in the terminal, and not Astro\'s own', async (_, edit, expected) => {
		const file = 'content/claims/first-clash-reported.md';
		const original = await project.read(file);
		const from = dev.log().length;
		await project.edit(file, edit);
		try {
			await expect.poll(() => dev.log().slice(from), { timeout: 20_000 }).toContain(`${file}:`);
			await expect.poll(() => dev.log().slice(from), { timeout: 20_000 }).toContain(expected);
		} finally {
			await project.write(file, original);
			await expect.poll(() => dev.log().slice(from), { timeout: 20_000 }).toContain('content OK');
		}
		// Everything the server printed about the broken file came before it reloaded the fixed one: none of it is Astro's own.
		expect(dev.log().slice(from, dev.log().indexOf('content OK', from))).not.toMatch(/glob-loader\S*\s+Failed|does not match collection schema|Did not match union|Required/);
	});
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../commands/support/chromium.ts';
import { openPage } from '../support/browser.ts';
import { claimEmbed, EMBED_HEIGHT_MESSAGE, embedSnippet, figuresEmbed, LEGACY_EMBED_HEIGHT_MESSAGE, mapEmbed } from '../../src/story/embeds.ts';

const base = inject('baseUrl');
const CLAIM = { id: 'sk-no-full-scale-combat-yet', statement: 'North Korean troops have not yet engaged in full-scale combat with Ukrainian forces, according to South Korea\'s presidential office.' };
/** The chart's title, as content/story.md gives it (captions.figures). */
const FIGURES_TITLE = 'The troop figures, as stated';

// A blog post on another origin that pastes the three embed codes, as a sharer would.
describe('embeds on another site, in Chromium', () => {
	let host: Server;
	let hostUrl: string;
	let browser: Browser;

	beforeAll(async () => {
		const site = new URL(base);
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head><body><main><h1>A blog post that embeds</h1>
${embedSnippet(claimEmbed(CLAIM.id, CLAIM.statement), site)}
${/* The map as pasted before the height message was renamed: it must still resize. */ ''}
${embedSnippet(mapEmbed(), site).replace(EMBED_HEIGHT_MESSAGE, LEGACY_EMBED_HEIGHT_MESSAGE)}
${embedSnippet(figuresEmbed(FIGURES_TITLE), site)}
</main></body></html>`;
		host = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
		expect(new URL(hostUrl).origin).not.toBe(site.origin);
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		host?.close();
	});

	async function openHost(javaScriptEnabled = true) {
		const { page, errors, close } = await openPage(browser, hostUrl, { javaScriptEnabled, viewport: { width: 800, height: 900 }, waitUntil: 'networkidle' });
		const frame = (path: string) => page.frames().find((f) => f.url().endsWith(path))!;
		return { page, errors, frame, close };
	}
	const frameHeight = (page: Page, path: string) => page.locator(`iframe[src$="${path}"]`).evaluate((el) => el.getBoundingClientRect().height);
	const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

	it('shows each embed, sized to its content, with no console error', async () => {
		const { page, errors, frame, close } = await openHost();
		for (const embed of [claimEmbed(CLAIM.id, CLAIM.statement), mapEmbed(), figuresEmbed(FIGURES_TITLE)]) {
			const inner = frame(embed.path);
			expect(inner, embed.path).toBeTruthy();
			await page.locator(`iframe[src$="${embed.path}"]`).scrollIntoViewIfNeeded();
			await expect.poll(async () => Math.abs((await frameHeight(page, embed.path)) - (await contentHeight(inner))), { timeout: 10_000 }).toBeLessThanOrEqual(2);
			expect(await frameHeight(page, embed.path)).not.toBe(embed.height);
		}
		expect(await frame(claimEmbed(CLAIM.id, '').path).locator('h1').textContent()).toBe(CLAIM.statement);
		expect(await frame(mapEmbed().path).locator('.static-map').isVisible()).toBe(true);
		expect(await frame(figuresEmbed(FIGURES_TITLE).path).locator('#chart-estimates svg').first().isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await close();
	});

	it('is axe-clean inside each frame, in light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme, viewport: { width: 800, height: 900 } });
			const page = await context.newPage();
			await page.goto(hostUrl, { waitUntil: 'networkidle' });
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await context.close();
		}
	});

	it('opens the explainer in the top window from the claim\'s link', async () => {
		const { page, frame, close } = await openHost();
		await frame(claimEmbed(CLAIM.id, '').path).getByRole('link', { name: 'Read this claim in the explainer' }).click();
		await page.waitForURL(`${base}/#${CLAIM.id}`);
		expect(page.url()).toBe(`${base}/#${CLAIM.id}`);
		await close();
	});

	it('shows the whole claim, map and chart without JavaScript, at the default height', async () => {
		const { page, frame, close } = await openHost(false);
		expect(await frameHeight(page, claimEmbed(CLAIM.id, '').path)).toBe(claimEmbed(CLAIM.id, '').height);
		expect(await frame(claimEmbed(CLAIM.id, '').path).locator('h1').textContent()).toBe(CLAIM.statement);
		expect(await frame(claimEmbed(CLAIM.id, '').path).locator('.definition').textContent()).toContain('on the record');
		expect(await frame(mapEmbed().path).locator('.static-map').isVisible()).toBe(true);
		expect(await frame(mapEmbed().path).locator('.explore').isVisible()).toBe(false);
		expect(await frame(figuresEmbed(FIGURES_TITLE).path).locator('#chart-estimates table tbody tr').count()).toBeGreaterThan(3);
		await close();
	});
});

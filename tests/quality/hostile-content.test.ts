import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../commands/support/chromium.ts';
import { serveStatic, type StaticServer } from '../../commands/support/static-server.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { openLiveMap, searchFor, watchPage } from '../support/browser.ts';
import { tempProject } from '../support/temp-project.ts';

const PAYLOAD = 'window.__pwned = true';

/**
 * Hostile text in every field the site shows in markup, attributes, map popups and chart
 * details. Fields with a schema rule (ids, URLs, lengths) are covered by the content-check
 * fixtures; these are the ones that pass validation and must come out inert.
 */
const HOSTILE = {
	statement: `Hostile claim <script>${PAYLOAD}</script> "><img src=x onerror="${PAYLOAD}"> ends here.`,
	placeName: `<img src=x onerror="${PAYLOAD}">Kursk`,
	wording: `"><svg onload="${PAYLOAD}">up to 10,000`,
	sourceName: `</title><script>${PAYLOAD}</script>`,
	// Bodies holding markup the site would drop (scripts, handlers, frames, forms, javascript: and
	// data: links) no longer build: the content check refuses them with file and line
	// (tests/unit/hostile-content.test.ts), and the sanitizer behind it is tested through Astro's own
	// Markdown processor (tests/unit/body-render.test.ts). What a body may hold must come out inert.
	body: [
		// DOM clobbering: named elements that would replace document's own methods.
		'<img name="querySelector" src="/favicon.svg" alt="q"> <img name="querySelectorAll" src="/favicon.svg" alt="qa"> <img name="getElementById" src="/favicon.svg" alt="g">',
		// Anchor hijacking: a body taking a page section's id, or a claim's.
		'<h2 id="key-questions">Hijacked heading</h2> <span id="first-clash-reported">hijacked claim anchor</span>',
		// Prose that remark-directive would read as directives.
		'At 10:30 the ratio was 2:1. Update:Kyiv said more. See ::note and ::: too.',
		// An editor\'s note, which must reach neither the page nor the search index.
		'<!-- secret editor note zebracorn -->',
	].join('\n\n'),
	/** A statement a spreadsheet would run as a formula. */
	formula: '=HYPERLINK("https://evil.example/","click me")',
	/** The story's intro taking a page anchor. */
	intro: '<a id="sources" href="#x">hijacked sources anchor</a>',
};

describe('hostile content, built and opened in Chromium', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let server: StaticServer;
	let base: string;
	let browser: Browser;

	beforeAll(async () => {
		project = await tempProject();
		await project.edit('content/claims/state-dept-up-to-10000-in-kursk.md', (text) =>
			text.replace(/^statement: .*$/m, `statement: ${JSON.stringify(HOSTILE.statement)}`).replace(/\n---\n[\s\S]*$/, `\n---\n\n${HOSTILE.body}\n`),
		);
		await project.edit('content/places/kursk-region.md', (text) => text.replace('name: "Kursk region"', `name: ${JSON.stringify(HOSTILE.placeName)}`));
		await project.edit('content/estimates/state-dept-up-to-10000-kursk.md', (text) => text.replace('wording: "up to 10,000"', `wording: ${JSON.stringify(HOSTILE.wording)}`));
		await project.edit('content/sources/us-state-department.md', (text) => text.replace('name: "U.S. State Department"', `name: ${JSON.stringify(HOSTILE.sourceName)}`));
		await project.edit('content/claims/treaty-signed-in-june.md', (text) => text.replace(/^statement: .*$/m, `statement: ${JSON.stringify(HOSTILE.formula)}`));
		await project.edit('content/story.md', (text) => `${text}\n${HOSTILE.intro}\n`);
		const { code, output } = await project.build();
		if (code !== 0) throw new Error(`the hostile build failed:\n${output}`);
		server = await serveStatic(path.join(project.dir, 'dist'));
		base = server.origin;
		browser = await launchChromium();
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		await project?.cleanup();
	});

	async function visit(url: string, act?: (page: Page) => Promise<void>) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(base + url);
		await act?.(page);
		const pwned = await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned);
		// Our own scripts are files under /_astro/; anything else that could run came from content.
		const injected = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src^="/_astro/"]):not([type="application/ld+json"]), [onerror], [onload], [onclick], iframe, a[href^="javascript:"], a[href^="data:"]')].map((el) => el.outerHTML.slice(0, 120)),
		);
		await page.close();
		return { pwned, injected, dialogs };
	}

	it('has every payload in the content it builds from, as the schemas read it', async () => {
		const { files, diagnostics } = await checkContent(project.dir);
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const data = <C extends keyof typeof files>(collection: C, id: string) => files[collection].find((file) => file.id === id)?.data as Record<string, unknown> | undefined;
		expect(data('claims', 'state-dept-up-to-10000-in-kursk')?.statement).toBe(HOSTILE.statement);
		expect(files.claims.find((file) => file.id === 'state-dept-up-to-10000-in-kursk')?.body.trim()).toBe(HOSTILE.body);
		expect(data('places', 'kursk-region')?.name).toBe(HOSTILE.placeName);
		expect(data('estimates', 'state-dept-up-to-10000-kursk')?.wording).toBe(HOSTILE.wording);
		expect(data('sources', 'us-state-department')?.name).toBe(HOSTILE.sourceName);
		expect(data('claims', 'treaty-signed-in-june')?.statement).toBe(HOSTILE.formula);
		expect(files.story[0]?.body).toContain(HOSTILE.intro);
	});

	it('runs no script from content on the story page, and shows the hostile text as text', async () => {
		const result = await visit('/');
		expect(result).toEqual({ pwned: undefined, injected: [], dialogs: [] });
		const page = await browser.newPage();
		await page.goto(`${base}/`);
		expect(await page.locator('[id="state-dept-up-to-10000-in-kursk"] .statement').textContent()).toBe(HOSTILE.statement);
		await page.close();
	});

	it('runs no script from content on the claim page, whose title and meta tags carry the hostile text', async () => {
		let head: { title: string; description?: string | null; ogTitle?: string | null } | undefined;
		const result = await visit('/claims/state-dept-up-to-10000-in-kursk/', async (page) => {
			head = {
				title: await page.title(),
				ogTitle: await page.locator('meta[property="og:title"]').getAttribute('content'),
				description: await page.locator('meta[name="description"]').getAttribute('content'),
			};
		});
		expect(result).toEqual({ pwned: undefined, injected: [], dialogs: [] });
		// The hostile source is the claimant: the title, its Open Graph twin and the description name it, as text.
		expect(head?.title).toContain(HOSTILE.sourceName);
		expect(head?.ogTitle).toContain(HOSTILE.sourceName);
		expect(head?.description).toContain(HOSTILE.sourceName);
	});

	it('runs no script from content in a map popup or a chart detail', async () => {
		const result = await visit('/', async (page) => {
			await openLiveMap(page);
			await page.locator('.leaflet-marker-icon[data-place="kursk-region"]').click();
			await page.locator('.leaflet-popup').waitFor();
			expect(await page.locator('.leaflet-marker-icon[data-place="kursk-region"] .map-marker-label').textContent()).toBe(HOSTILE.placeName);
			// The popup names the place and lists its claims, the hostile one among them, all as text.
			const popup = page.locator('.leaflet-popup-content');
			expect(await popup.locator('.map-popup-title').textContent()).toBe(HOSTILE.placeName);
			expect(await popup.locator('a[href="/#state-dept-up-to-10000-in-kursk"]').count()).toBe(1);
			expect(await popup.innerHTML()).not.toMatch(/<img|<script|<svg/i);
			expect(await popup.locator('[onerror], [onload], script').count()).toBe(0);
			await page.locator('#chart-estimates svg.wide a.mark[data-estimate="state-dept-up-to-10000-kursk"]').focus();
			expect(await page.locator('#chart-estimates svg.wide a.mark[data-estimate="state-dept-up-to-10000-kursk"] + .detail').textContent()).toContain(HOSTILE.wording);
		});
		expect(result).toEqual({ pwned: undefined, injected: [], dialogs: [] });
	});

	it('draws the static map as a well-formed SVG file with the hostile place name as text', async () => {
		const svg = await project.read('dist/map/story-map.svg');
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(svg).toContain('&lt;img src=x onerror=&quot;');
		expect(svg).not.toMatch(/<img|<script|onerror="/);
	});

	it('lets no body clobber document methods: the map, the filter and search still work', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const { errors } = await watchPage(page);
		await page.goto(`${base}/?status=reported`);
		expect(await page.evaluate(() => typeof document.querySelector === 'function' && typeof document.querySelectorAll === 'function' && typeof document.getElementById === 'function')).toBe(true);
		await expect.poll(() => page.locator('claim-filter .count').textContent()).toMatch(/^Showing \d+ of \d+ claims$/);
		await openLiveMap(page);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps every anchor unique: bodies cannot take a section\'s or a claim\'s id', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/`);
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		expect(await page.evaluate(() => document.getElementById('key-questions')!.closest('section')!.getAttribute('aria-labelledby'))).toBe('key-questions');
		expect(await page.evaluate(() => document.getElementById('first-clash-reported')!.tagName)).toBe('ARTICLE');
		expect(await page.evaluate(() => document.getElementById('sources')!.tagName)).toBe('H2');
		expect(ids).toEqual(expect.arrayContaining(['content-key-questions', 'content-first-clash-reported', 'content-sources']));
		await page.close();
	});

	it('gives back prose that looks like a directive as the editor wrote it', async () => {
		const html = await project.read('dist/index.html');
		expect(html).toContain('At 10:30 the ratio was 2:1. Update:Kyiv said more.');
		expect(html).toContain('::note');
	});

	it('keeps editors\' HTML comments out of the page and the search index', async () => {
		expect(await project.read('dist/index.html')).not.toContain('zebracorn');
		const result = await visit('/', async (page) => {
			await searchFor(page, 'zebracorn');
			await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/No result|0 result|nothing/i);
			expect(await page.locator('site-search .results li').count()).toBe(0);
		});
		expect(result).toEqual({ pwned: undefined, injected: [], dialogs: [] });
	});

	it('writes a statement a spreadsheet would run as a formula as text in claims.csv', async () => {
		const csv = await project.read('dist/data/claims.csv');
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"",""click me"")"`);
		expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
	});

	it('runs no script from content in search results', async () => {
		const result = await visit('/', async (page) => {
			const results = await searchFor(page, 'Hostile');
			await results.first().waitFor();
		});
		expect(result).toEqual({ pwned: undefined, injected: [], dialogs: [] });
	});
});

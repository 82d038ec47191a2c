// The story page's budgets are set on its structure (commands/support/budgets.ts), so they hold
// as the story grows: a copy of the story with ten more short claims meets every one of them,
// while on that same page a bloated row or a heavier reading path fails the budget it breaks.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimCount, failures, htmlVerdicts, shapeVerdicts } from '../../commands/support/budget-verdicts.ts';
import { launchChromium } from '../../commands/support/chromium.ts';
import { htmlWeight } from '../../commands/support/html-weight.ts';
import { measurePageShape } from '../../commands/support/page-shape.ts';
import { serveStatic, type StaticServer } from '../../commands/support/static-server.ts';
import { shortClaim } from '../support/short-claims.ts';
import { tempProject } from '../support/temp-project.ts';

const ADDED = 10;

describe('budgets that grow with the story', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let server: StaticServer;
	let browser: Browser;
	let claims: number;
	let html: string;

	beforeAll(async () => {
		project = await tempProject();
		const before = await claimCount(project.dir);
		for (let i = 0; i < ADDED; i++) {
			const claim = shortClaim(i);
			await project.write(`content/claims/${claim.id}.md`, claim.markdown);
		}
		const build = await project.build();
		expect(build.output).toContain('Complete');
		expect(build.code).toBe(0);
		claims = await claimCount(project.dir);
		expect(claims).toBe(before + ADDED);
		html = await readFile(path.join(project.dir, 'dist/index.html'), 'utf8');
		server = await serveStatic(path.join(project.dir, 'dist'));
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		await project?.cleanup();
	});

	/** The grown story page at 390 px, changed by `change` before it is measured. */
	async function verdictsOfPage(change: (page: Page) => Promise<unknown> = async () => {}) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${server.origin}/`, { waitUntil: 'load' });
		await change(page);
		const verdicts = shapeVerdicts(await measurePageShape(page), claims);
		await context.close();
		expect(verdicts.length).toBeGreaterThan(0);
		return failures(verdicts);
	}

	it('meets the height, element and byte budgets with ten more short claims', async () => {
		for (let i = 0; i < ADDED; i++) expect(html).toContain(`id="${shortClaim(i).id}"`);
		expect(await verdictsOfPage()).toEqual([]);
		expect(failures(htmlVerdicts(htmlWeight(html), claims))).toEqual([]);
	});

	it('fails the rows\' budgets when every row carries a few more elements and lines', async () => {
		const failed = await verdictsOfPage((page) =>
			page.locator('article.claim summary').evaluateAll((summaries) => {
				for (const summary of summaries) {
					summary.insertAdjacentHTML('beforeend', '<span>one</span><span>more</span><span>line</span><span>of</span><span>meta</span><span>data</span>');
					for (const span of [...summary.querySelectorAll('span')].slice(-6, -4)) span.style.display = 'block';
				}
				return summaries.length;
			}),
		);
		expect(failed.map((line) => line.split(':')[0])).toEqual(['claim rows', 'claim rows']);
		expect(failed.join('\n')).toMatch(/claim rows: height[\s\S]*claim rows: elements/);
	});

	it('fails the reading path\'s budgets when what comes before "Every claim" grows', async () => {
		const failed = await verdictsOfPage((page) =>
			page.locator('section:has(> #claims)').evaluate((list) => {
				// Styled through the DOM: the page's Content-Security-Policy ignores style attributes.
				const block = Object.assign(document.createElement('div'), { innerHTML: '<span>x</span>'.repeat(500) });
				block.style.height = '1500px';
				list.before(block);
			}),
		);
		expect(failed, failed.join('\n')).toHaveLength(2);
		expect(failed.join('\n')).toMatch(/^reading path above "Every claim": height[\s\S]*\nreading path above "Every claim": elements/);
	});

	it('fails the rows\' byte budget when each row weighs more in the HTML', () => {
		const heavier = html.replace(/<article class="claim[^>]*>/g, (opening) => `${opening}<p hidden>${randomBytes(120).toString('base64')}</p>`);
		expect(heavier.length).toBeGreaterThan(html.length + claims * 150);
		expect(failures(htmlVerdicts(htmlWeight(heavier), claims))).toEqual([expect.stringMatching(/^claim rows: HTML bytes/)]);
	});
});

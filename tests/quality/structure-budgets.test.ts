// The story page's budgets are set on its structure (commands/support/budgets.ts) and reported by
// npm run bench; whether today's story meets them is the bench's verdict, never a test's (an
// editor's legitimate claim must not fail the tests). What is tested is the measure itself: on a
// copy of the story with ten more short claims, each adds one row, and a bloated row or a heavier
// reading path moves the budget it breaks, and no other.
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

	/** The grown story page at 390 px, changed by `change` before it is measured: each budget's measured value. */
	async function valuesOfPage(change: (page: Page) => Promise<unknown> = async () => {}) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${server.origin}/`, { waitUntil: 'load' });
		await change(page);
		const verdicts = shapeVerdicts(await measurePageShape(page), claims);
		await context.close();
		expect(verdicts.length).toBeGreaterThan(0);
		return new Map(verdicts.map((v) => [v.budget, v.value]));
	}
	/** A budget's measured value, by its name without the allowance in brackets. */
	const valueOf = (values: Map<string, number>, name: string) => [...values].find(([budget]) => budget.startsWith(`${name} (`) || budget === name)![1];
	/** The budgets whose measured value a change moved, by more than `slack`. */
	const moved = (before: Map<string, number>, after: Map<string, number>, slack: number) => [...after].filter(([budget, value]) => Math.abs(value - before.get(budget)!) > slack).map(([budget]) => budget.replace(/ \(.*\)$/, ''));

	it('shows one row per claim with ten more short claims, each row in the HTML', async () => {
		for (let i = 0; i < ADDED; i++) expect(html).toContain(`id="${shortClaim(i).id}"`);
		const verdicts = shapeVerdicts(await (async () => {
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			await page.goto(`${server.origin}/`, { waitUntil: 'load' });
			const shape = await measurePageShape(page);
			await context.close();
			return shape;
		})(), claims);
		expect(failures(verdicts.filter((v) => v.budget === 'claim rows shown, one per claim'))).toEqual([]);
		expect(htmlWeight(html).rows).toBe(claims);
	});

	it('moves the rows\' budgets, and no other, when every row carries a few more elements and lines', async () => {
		const before = await valuesOfPage();
		const after = await valuesOfPage((page) =>
			page.locator('article.claim summary').evaluateAll((summaries) => {
				for (const summary of summaries) {
					summary.insertAdjacentHTML('beforeend', '<span>one</span><span>more</span><span>line</span><span>of</span><span>meta</span><span>data</span>');
					for (const span of [...summary.querySelectorAll('span')].slice(-6, -4)) span.style.display = 'block';
				}
				return summaries.length;
			}),
		);
		expect(moved(before, after, 4)).toEqual(['claim rows: height', 'claim rows: elements']);
		expect(valueOf(after, 'claim rows: elements') - valueOf(before, 'claim rows: elements')).toBeGreaterThanOrEqual(6 * claims);
	});

	it('moves the reading path\'s budgets when what comes before "Every claim" grows', async () => {
		const before = await valuesOfPage();
		const after = await valuesOfPage((page) =>
			page.locator('section:has(> #claims)').evaluate((list) => {
				// Styled through the DOM: the page's Content-Security-Policy ignores style attributes.
				const block = Object.assign(document.createElement('div'), { innerHTML: '<span>x</span>'.repeat(500) });
				block.style.height = '1500px';
				list.before(block);
			}),
		);
		expect(moved(before, after, 4)).toEqual(['reading path above "Every claim": height', 'reading path above "Every claim": elements']);
		expect(valueOf(after, 'reading path above "Every claim": height') - valueOf(before, 'reading path above "Every claim": height')).toBeGreaterThanOrEqual(1500);
	});

	it('moves the rows\' byte measure, and not the rest\'s, when each row weighs more in the HTML', () => {
		const heavier = html.replace(/<article class="claim[^>]*>/g, (opening) => `${opening}<p hidden>${randomBytes(120).toString('base64')}</p>`);
		expect(heavier.length).toBeGreaterThan(html.length + claims * 150);
		const [rowsBefore, restBefore] = [htmlWeight(html).rowBytes, htmlWeight(html).restBytes];
		expect(htmlWeight(heavier).rowBytes - rowsBefore).toBeGreaterThan(claims * 100);
		expect(Math.abs(htmlWeight(heavier).restBytes - restBefore)).toBeLessThan(200);
		expect(htmlVerdicts(htmlWeight(heavier), claims).map((v) => v.budget.replace(/ \(\d.*\)$/, ''))).toContain('claim rows: HTML bytes (brotli)');
	});
});

import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { useChromium } from '../support/browser.ts';

const base = inject('baseUrl');
const { files } = await checkContent(process.cwd());

/** The claims a reader filtering by side, status and question should see, from the content. */
function filtered(side: string, status: string, question: string) {
	const sideOf = new Map(files.sources.map((source) => [source.id, source.data!.side]));
	const cited = files.questions.find((q) => q.id === question)!.data!.claims;
	return files.claims
		.filter((claim) => cited.includes(claim.id) && claim.data!.status === status && claim.data!.claimant.some((id) => sideOf.get(id) === side))
		.map((claim) => claim.id)
		.sort();
}

describe('key questions and "who says what" in Chromium', () => {
	const chromium = useChromium();

	it('leads with the map and the figures at a glance, then the key questions', async () => {
		const page = await chromium.browser.newPage();
		await page.goto(`${base}/`);
		// A story with follow-ups opens on what stands now; then the map and figures, then (after its lead) the key questions.
		const headings = (await page.locator('main h2').allTextContents()).filter((h) => !['What we know now', 'How the story developed', 'Since the first report'].includes(h));
		expect(headings.slice(0, 2)).toEqual(['At a glance', 'Key questions']);
		expect(await page.locator('#question-have-they-fought h3').textContent()).toBe('Have they fought Ukrainian forces yet?');
		await page.close();
	});

	it('links every matrix cell to an existing claim anchor', async () => {
		const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}/`);
		const hrefs = await page.locator('.matrix td a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(20);
		const missing = await page.evaluate((list) => list.filter((href) => !document.getElementById(decodeURIComponent(href.split('#')[1]!))), hrefs);
		expect(missing).toEqual([]);
		expect(await page.locator('.matrix thead th').allTextContents()).toEqual(expect.arrayContaining(['Ukraine', 'South Korea', 'United States', 'Russia', 'North Korea']));
		await page.close();
	});

	it('restores a filtered view from the address, and writes a new filter back to it', async () => {
		const page = await chromium.browser.newPage();
		await page.goto(`${base}/?side=south-korea&status=officially-stated`);
		const visible = await page.locator('article.claim:visible').evaluateAll((els) => els.map((el) => [el.getAttribute('data-sides'), el.getAttribute('data-status')]));
		expect(visible.length).toBeGreaterThan(0);
		expect(visible.every(([sides, status]) => sides!.split(' ').includes('south-korea') && status === 'officially-stated')).toBe(true);
		expect(await page.locator('select[name="side"]').inputValue()).toBe('south-korea');
		expect(await page.locator('claim-filter .count').textContent()).toMatch(/^Showing \d+ of \d+ claims$/);
		await page.selectOption('select[name="question"]', 'have-they-fought');
		expect(new URL(page.url()).searchParams.get('question')).toBe('have-they-fought');
		const ids = await page.locator('article.claim:visible').evaluateAll((els) => els.map((el) => el.id));
		const expected = filtered('south-korea', 'officially-stated', 'have-they-fought');
		expect(expected.length).toBeGreaterThan(0);
		expect(ids.sort()).toEqual(expected);
		await page.click('claim-filter button[type="reset"]');
		await expect.poll(() => page.locator('article.claim:visible').count()).toBe(files.claims.length);
		expect(new URL(page.url()).search).toBe('');
		await page.close();
	});

	it('shows the full matrix and every claim without JavaScript, with no filter form', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${base}/?side=south-korea`);
		await page.locator('#who-says-what > summary').click();
		// A row per question, a cell per side.
		expect(await page.locator('.matrix tbody tr').count()).toBe(files.questions.length);
		expect(await page.locator('.matrix td').count()).toBe(files.questions.length * (await page.locator('.matrix thead th').count() - 1));
		expect(await page.getByText('No statement in our sources').first().isVisible()).toBe(true);
		expect(await page.locator('claim-filter form').isVisible()).toBe(false);
		expect(await page.locator('article.claim:visible').count()).toBe(files.claims.length);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});

	it('gives each question a page of its own', async () => {
		const page = await chromium.browser.newPage();
		await page.goto(`${base}/questions/how-many-troops/`);
		expect(await page.locator('h1').textContent()).toBe('How many North Korean troops are in Russia?');
		expect(await page.locator('.by-side a').count()).toBeGreaterThan(0);
		await page.close();
	});
});

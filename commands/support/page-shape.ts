import type { Browser, Page } from 'playwright-core';

/** A stretch of the story page as a phone reader meets it: its height and its elements. */
export interface Segment {
	height: number;
	elements: number;
}

/**
 * What a phone reader scrolls through on the story page, in the three parts its budgets are set
 * on (see budgets.ts): the reading path above "Every claim", the claim rows, and the rest.
 */
export interface PageShape {
	elements: number;
	/** Page height at 390 px with every <details> closed and every section laid out. */
	height: number;
	/** Top of the map and of the troop chart, in px from the top of the page. */
	map: number;
	chart: number;
	/** Everything in <body> above the "Every claim" section: its height is where that section starts. */
	readingPath: Segment;
	/** The claim rows (article.claim), closed: how many, their heights and elements added up. */
	rows: Segment & { count: number };
	/** Everything else: the list's heading, filter and topic headings, sources, method, footer, <head>. */
	rest: Segment;
}

/**
 * Measures the story page at 390×844. Sections below the first screens use
 * `content-visibility: auto`, whose placeholder sizes are guesses; they are laid out for real
 * before measuring, so the height is the page's own.
 */
export async function storyPageShape(browser: Browser, url: string): Promise<PageShape> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	const shape = await measurePageShape(page);
	await context.close();
	return shape;
}

/** Measures the story page open in `page` (390 px wide), as it stands: see storyPageShape. */
export function measurePageShape(page: Page): Promise<PageShape> {
	return page.evaluate(() => {
		for (const element of document.querySelectorAll<HTMLElement>('*')) {
			if (getComputedStyle(element).contentVisibility === 'auto') element.style.setProperty('content-visibility', 'visible');
		}
		for (const details of document.querySelectorAll('details')) details.open = false;
		const pageTop = (element: Element | null) => (element ? Math.round(element.getBoundingClientRect().top + scrollY) : -1);
		const all = document.getElementsByTagName('*');
		const height = document.documentElement.scrollHeight;
		const list = document.getElementById('claims')?.closest('section');
		if (!list) throw new Error('the story page has no "Every claim" section (a section holding #claims)');
		let above = 0;
		for (const element of document.body.querySelectorAll('*')) if (list.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING && !element.contains(list)) above++;
		const rows = [...document.querySelectorAll('article.claim')];
		const rowHeight = Math.round(rows.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0));
		const rowElements = rows.reduce((sum, row) => sum + 1 + row.getElementsByTagName('*').length, 0);
		const readingPath = { height: pageTop(list), elements: above };
		return {
			elements: all.length,
			height,
			map: pageTop(document.querySelector('.story-map')),
			chart: pageTop(document.getElementById('chart-estimates')),
			readingPath,
			rows: { count: rows.length, height: rowHeight, elements: rowElements },
			rest: { height: height - readingPath.height - rowHeight, elements: all.length - above - rowElements },
		};
	});
}

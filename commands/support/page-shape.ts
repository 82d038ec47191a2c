import type { Browser } from 'playwright-core';

/** What a phone reader scrolls through on the story page: its size and where the figures start. */
export interface PageShape {
	elements: number;
	/** Page height at 390 px with every <details> closed and every section laid out. */
	height: number;
	/** Top of the map and of the troop chart, in px from the top of the page. */
	map: number;
	chart: number;
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
	const shape = await page.evaluate(() => {
		for (const element of document.querySelectorAll<HTMLElement>('*')) {
			if (getComputedStyle(element).contentVisibility === 'auto') element.style.setProperty('content-visibility', 'visible');
		}
		for (const details of document.querySelectorAll('details')) details.open = false;
		const top = (selector: string) => {
			const element = document.querySelector(selector);
			return element ? Math.round(element.getBoundingClientRect().top + scrollY) : -1;
		};
		return { elements: document.getElementsByTagName('*').length, height: document.documentElement.scrollHeight, map: top('.story-map'), chart: top('#chart-estimates') };
	});
	await context.close();
	return shape;
}

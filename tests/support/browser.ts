// What browser tests share: Chromium for a test file, a page with everything that went wrong on it
// collected, and the steps a reader takes on the story page (open the live map, search).
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../commands/support/chromium.ts';

export interface PageOptions extends BrowserContextOptions {
	/** Viewport width (default 390, a phone); height 844 unless `viewport` is given. */
	width?: number;
	/** When `goto` counts the page as loaded (default 'load'). */
	waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

/** A page in its own browser context, with what happened on it recorded from the start. */
export interface WatchedPage {
	page: Page;
	/** Console errors, uncaught exceptions, Content-Security-Policy violations and failed requests, as they happen. */
	errors: string[];
	/** The URL of every request the page made. */
	requests: string[];
	/** Resolves once the page has rendered two more frames (scroll and intersection observers have run) and no request is in flight. */
	settled(): Promise<void>;
	close(): Promise<void>;
}

/** Records a page's errors and requests from its first script on. */
export async function watchPage(page: Page) {
	const errors: string[] = [];
	const requests: string[] = [];
	const inFlight = new Set<unknown>();
	page.on('request', (request) => inFlight.add(request));
	page.on('requestfinished', (request) => inFlight.delete(request));
	page.on('requestfailed', (request) => inFlight.delete(request));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => requests.push(request.url()));
	// A navigation away cancels what the last page still loads: that is no failure.
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? '';
		if (!reason.includes('ERR_ABORTED')) errors.push(`request failed: ${request.url()} ${reason}`);
	});
	await page.exposeFunction('__reportCspViolation', (violation: string) => errors.push(`CSP: ${violation}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	const settled = async () => {
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		await expect.poll(() => inFlight.size).toBe(0);
	};
	return { errors, requests, settled };
}

/** Opens `url` (if given) in a new context of `browser`, watched from the start. */
export async function openPage(browser: Browser, url?: string, { width = 390, waitUntil = 'load', ...options }: PageOptions = {}): Promise<WatchedPage> {
	const context = await browser.newContext({ viewport: { width, height: 844 }, ...options });
	const page = await context.newPage();
	const watched = await watchPage(page);
	if (url) await page.goto(url, { waitUntil });
	return { page, ...watched, close: () => context.close() };
}

/**
 * Chromium for the tests of one `describe` block: launched before them, closed after. `open` is
 * `openPage` on it.
 */
export function useChromium() {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(() => browser?.close());
	const get = () => {
		if (!browser) throw new Error('Chromium is not running: use the browser inside a test');
		return browser;
	};
	return {
		get browser() {
			return get();
		},
		open: (url?: string, options?: PageOptions) => openPage(get(), url, options),
	};
}

/** Replaces the static map with the live one, as a reader does with "Explore the map", and waits until it is ready. */
export async function openLiveMap(page: Page) {
	await page.getByRole('button', { name: 'Explore the map' }).click();
	await page.waitForSelector('.story-map[data-ready]');
}

/** Opens search and types `text`, as a reader does; resolves once the text is typed (results come after). */
export async function searchFor(page: Page, text: string) {
	await page.getByRole('button', { name: /^Search/ }).click();
	await page.keyboard.type(text);
	return page.locator('site-search .results li');
}

// One cold load of a page on the benchmark's phone (412×915, DPR 2.625, CPU 4× slower, cache
// off), traced the way Lighthouse reads a trace. Used by `npm run bench` and `npm run bench:compare`.
import type { Browser } from 'playwright-core';
import { blockingTime, mainThreadCpu, mainThreadTasks, type TraceEvent } from './total-blocking-time.ts';

/** The reference page every figure is set against: Astro's blog example, as built in ../shared. */
export const REFERENCE = { dist: '../shared/anchors/astro-blog-example/dist', path: '/blog/first-post/' };

export const PHONE = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };

export interface Load {
	fcp: number;
	lcp: number;
	domContentLoaded: number;
	totalBlockingTime: number;
	cls: number;
	requests: number;
	transfer: number;
	html: number;
	js: number;
	thirdParty: number;
	longTasks: number;
	/** The main thread's CPU time over the load (see Task.cpu). */
	cpu: number;
}

/** A page on the bench phone, cold: no cache, the CPU slowed 4×; with its DevTools session. */
export async function coldPhonePage(browser: Browser) {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return { context, page, cdp };
}

/** One cold load of `url` on the throttled phone, traced the way Lighthouse reads a trace. */
export async function loadOnPhone(browser: Browser, url: string, origin: string): Promise<Load> {
	const { context, page, cdp } = await coldPhonePage(browser);
	const responses = new Map<string, { url: string; type: string }>();
	const transfers: { url: string; type: string; bytes: number }[] = [];
	cdp.on('Network.responseReceived', (event) => responses.set(event.requestId, { url: event.response.url, type: event.type }));
	cdp.on('Network.loadingFinished', (event) => {
		const response = responses.get(event.requestId);
		if (response) transfers.push({ ...response, bytes: event.encodedDataLength });
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __perf: { cls: number; lcp: number } };
		w.__perf = { cls: 0, lcp: 0 };
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__perf.cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__perf.lcp = entry.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
	await page.goto(url, { waitUntil: 'load' });
	// The window ends 5 s after load. Lighthouse ends it at Time to Interactive, once the main
	// thread has been quiet for 5 s; the pages measured here start no work of their own after
	// load (Leaflet waits for the reader), so the two windows hold the same tasks.
	await page.waitForTimeout(5000);
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
	const perf = await page.evaluate(() => {
		const w = window as unknown as { __perf: { cls: number; lcp: number } };
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
			lcp: w.__perf.lcp,
			cls: w.__perf.cls,
			domContentLoaded: navigation.domContentLoadedEventEnd,
		};
	});
	const tasks = mainThreadTasks(trace.traceEvents);
	const tbt = blockingTime(tasks, perf.fcp);
	await context.close();
	return {
		fcp: perf.fcp,
		lcp: perf.lcp,
		domContentLoaded: perf.domContentLoaded,
		totalBlockingTime: tbt.total,
		longTasks: tbt.tasks,
		cpu: mainThreadCpu(tasks),
		cls: perf.cls,
		requests: transfers.length,
		transfer: transfers.reduce((sum, t) => sum + t.bytes, 0),
		html: transfers.filter((t) => t.type === 'Document').reduce((sum, t) => sum + t.bytes, 0),
		js: transfers.filter((t) => t.type === 'Script').reduce((sum, t) => sum + t.bytes, 0),
		thirdParty: transfers.filter((t) => !t.url.startsWith(origin) && !t.url.startsWith('data:')).length,
	};
}

/** The middle value (the mean of the middle two for an even count). */
export function median(values: readonly number[]) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// `npm run bench [-- --runs N]`: builds the site, serves dist/ brotli-compressed like a CDN, and
// loads the story page cold in Chromium N times (default 5) on a phone viewport with the CPU
// slowed 4x. Reports medians and ranges against the budgets, prints a table, writes JSON.
// A benchmark, not a test: it never fails on timing.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import sirv from 'sirv';
import { launchChromium } from '../tests/support/chromium.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const KB = 1000;

/** The story page's budgets (issue 7). Figures in bytes, milliseconds or counts. */
const BUDGETS = {
	initialTransfer: 60 * KB,
	initialJs: 8 * KB,
	totalBlockingTime: 50,
	cls: 0,
	thirdPartyRequests: 0,
	lazyMapBytes: 70 * KB,
	fontBytes: 20 * KB,
} as const;

console.log('Building…');
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

// Serve a brotli-precompressed copy of dist/, as a CDN would.
const served = await mkdtemp(path.join(tmpdir(), 'bench-dist-'));
await cp('dist', served, { recursive: true });
for await (const file of glob('**/*.{html,js,css,json,svg,xml,txt}', { cwd: served })) {
	const full = path.join(served, file);
	await writeFile(`${full}.br`, brotliCompressSync(await readFile(full), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
const files = sirv(served, { brotli: true, dev: false });
const server = createServer((req, res) => files(req, res, () => {
	res.writeHead(404).end();
}));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

interface Run {
	requests: number;
	initialTransfer: number;
	byType: Record<string, number>;
	initialJs: number;
	fcp: number;
	lcp: number;
	totalBlockingTime: number;
	cls: number;
	thirdPartyRequests: number;
	fontBytes: number;
	lazyMapBytes: number;
	lazyRequests: number;
	contentEncoding: string;
}

const browser = await launchChromium();
const results: Run[] = [];
for (let i = 0; i < runs; i++) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const transfers: { url: string; type: string; bytes: number; phase: 'initial' | 'lazy'; encoding: string }[] = [];
	let phase: 'initial' | 'lazy' = 'initial';
	const meta = new Map<string, { url: string; type: string; encoding: string }>();
	cdp.on('Network.responseReceived', (event) => meta.set(event.requestId, { url: event.response.url, type: event.type, encoding: String(event.response.headers['content-encoding'] ?? event.response.headers['Content-Encoding'] ?? '') }));
	cdp.on('Network.loadingFinished', (event) => {
		const info = meta.get(event.requestId);
		if (info) transfers.push({ ...info, bytes: event.encodedDataLength, phase });
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __perf: { cls: number; lcp: number; longTasks: { start: number; duration: number }[] } };
		w.__perf = { cls: 0, lcp: 0, longTasks: [] };
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__perf.cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__perf.lcp = entry.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__perf.longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${origin}/`, { waitUntil: 'load' });
	await page.waitForTimeout(1500);
	const perf = await page.evaluate(() => {
		const w = window as unknown as { __perf: { cls: number; lcp: number; longTasks: { start: number; duration: number }[] } };
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		const tbt = w.__perf.longTasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
		return { fcp, lcp: w.__perf.lcp, cls: w.__perf.cls, tbt };
	});
	const initial = transfers.filter((t) => t.phase === 'initial');
	phase = 'lazy';
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await page.locator('.story-map').scrollIntoViewIfNeeded();
	await page.waitForSelector('.story-map[data-ready]', { timeout: 30_000 });
	await page.waitForTimeout(1000);
	const lazy = transfers.filter((t) => t.phase === 'lazy');
	const byType: Record<string, number> = {};
	for (const t of initial) byType[t.type] = (byType[t.type] ?? 0) + t.bytes;
	results.push({
		requests: initial.length,
		initialTransfer: initial.reduce((sum, t) => sum + t.bytes, 0),
		byType,
		initialJs: initial.filter((t) => t.type === 'Script').reduce((sum, t) => sum + t.bytes, 0),
		fcp: perf.fcp,
		lcp: perf.lcp,
		totalBlockingTime: perf.tbt,
		cls: perf.cls,
		thirdPartyRequests: transfers.filter((t) => !t.url.startsWith(origin) && !t.url.startsWith('data:')).length,
		fontBytes: transfers.filter((t) => t.type === 'Font').reduce((sum, t) => sum + t.bytes, 0),
		lazyMapBytes: lazy.reduce((sum, t) => sum + t.bytes, 0),
		lazyRequests: lazy.length,
		contentEncoding: initial.find((t) => t.type === 'Document')?.encoding ?? '',
	});
	await context.close();
}
await browser.close();
server.close();
await rm(served, { recursive: true, force: true });

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const stat = (get: (run: Run) => number) => {
	const values = results.map(get);
	return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
};
const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const rows: [string, ReturnType<typeof stat>, (n: number) => string, number | undefined][] = [
	['requests (initial)', stat((r) => r.requests), String, undefined],
	['initial transfer', stat((r) => r.initialTransfer), kb, BUDGETS.initialTransfer],
	...[...new Set(results.flatMap((r) => Object.keys(r.byType)))].sort().map(
		(type) => [`  of which ${type}`, stat((r) => r.byType[type] ?? 0), kb, undefined] as [string, ReturnType<typeof stat>, (n: number) => string, undefined],
	),
	['JavaScript before interaction', stat((r) => r.initialJs), kb, BUDGETS.initialJs],
	['First Contentful Paint', stat((r) => r.fcp), ms, undefined],
	['Largest Contentful Paint', stat((r) => r.lcp), ms, undefined],
	['Total Blocking Time', stat((r) => r.totalBlockingTime), ms, BUDGETS.totalBlockingTime],
	['Cumulative Layout Shift', stat((r) => r.cls), (n) => n.toFixed(3), BUDGETS.cls],
	['third-party requests', stat((r) => r.thirdPartyRequests), String, BUDGETS.thirdPartyRequests],
	['fonts', stat((r) => r.fontBytes), kb, BUDGETS.fontBytes],
	['Leaflet + boundaries, lazily', stat((r) => r.lazyMapBytes), kb, BUDGETS.lazyMapBytes],
	['lazy requests', stat((r) => r.lazyRequests), String, undefined],
];
console.log(`\nStory page, ${runs} cold loads, 390×844 phone viewport, CPU 4× slower, brotli (${results[0]?.contentEncoding || 'no'} encoding seen)\n`);
console.log(`| figure | median | range | budget | |\n|---|---|---|---|---|`);
for (const [name, s, format, budget] of rows) {
	const mark = budget === undefined ? '' : s.median <= budget ? 'within' : 'OVER';
	console.log(`| ${name} | ${format(s.median)} | ${format(s.min)}–${format(s.max)} | ${budget === undefined ? '' : format(budget)} | ${mark} |`);
}
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), runs, budgets: BUDGETS, results, summary: Object.fromEntries(rows.map(([name, s]) => [name.trim(), s])) }, null, 2));
console.log('\nWrote bench-results/bench.json');

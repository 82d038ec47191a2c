// `npm run bench:trace [-- /path] [-- --runs N]`: cold loads of a built page on the bench's
// throttled phone, traced. Prints First Contentful Paint, each main-thread task over 40 ms with
// what it spent its time on, and then the main thread's self time by trace event (medians over
// the runs): what Total Blocking Time is made of, down to text shaping, SVG text and parsing.
import { launchChromium } from './support/chromium.ts';
import { median, PHONE } from './support/phone-load.ts';
import { serveStatic } from './support/static-server.ts';
import { mainFrameNavigation, type TraceEvent } from './support/total-blocking-time.ts';

type Event = TraceEvent & { args: any; dur?: number };
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const pagePath = process.argv.slice(2).find((arg, i, all) => arg.startsWith('/') && all[i - 1] !== '--runs') ?? '/';
const server = await serveStatic('dist', { compress: true });
const browser = await launchChromium();
const selfTimes = new Map<string, number[]>();

for (let run = 0; run < runs; run++) {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	// "blink" and "v8" name the work inside layout and script (text shaping, SVG text, compiling).
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'blink', 'v8'] });
	await page.goto(server.origin + pagePath, { waitUntil: 'load' });
	await page.waitForTimeout(3000);
	const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Event[] }).traceEvents;
	const nav = mainFrameNavigation(events);
	const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
	await context.close();
	const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	console.log(`\nrun ${run + 1}: First Contentful Paint ${fcp.toFixed(0)} ms; tasks over 40 ms (start, duration, top work):`);
	for (const task of main.filter((e) => e.name === 'RunTask' && e.dur! > 40_000)) {
		const inside = main.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e !== task && e.name !== 'RunTask');
		const by = new Map<string, number>();
		for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + e.dur!);
		const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, d]) => `${name} ${(d / 1000).toFixed(0)}`);
		console.log(`  ${((task.ts - nav.ts) / 1000).toFixed(0).padStart(5)} ms  ${(task.dur! / 1000).toFixed(0).padStart(4)} ms  ${top.join(', ')}`);
	}
	// Self time: each event's duration less that of the events nested in it.
	const self = new Map<string, number>();
	const stack: Event[] = [];
	for (const e of main) {
		while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
		const parent = stack.at(-1);
		if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
		self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
		stack.push(e);
	}
	for (const [name, d] of self) selfTimes.set(name, [...(selfTimes.get(name) ?? []), d / 1000]);
}
await browser.close();
await server.close();

console.log(`\nmain-thread self time by trace event, median of ${runs} (ms):`);
for (const [name, values] of [...selfTimes].map(([n, v]) => [n, median([...v, ...Array(runs - v.length).fill(0)])] as const).filter(([, m]) => m >= 5).sort((a, b) => b[1] - a[1])) console.log(`  ${values.toFixed(0).padStart(5)}  ${name}`);

// `npm run bench:trace [-- /path]`: one cold load of a built page on the bench's throttled phone,
// traced; prints First Contentful Paint and each main-thread task over 40 ms with what it spent
// its time on (layout, paint, parsing, script), to find what Total Blocking Time is made of.
import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';
import type { TraceEvent } from './support/total-blocking-time.ts';
const server = await serveStatic('dist', { compress: true });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
await page.goto(server.origin + (process.argv[2] ?? '/'), { waitUntil: 'load' });
await page.waitForTimeout(4000);
const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: (TraceEvent & { args: any })[] }).traceEvents;
const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http')).at(-1)!;
const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
console.log('fcp', fcp);
const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ph === 'X');
for (const task of main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 40000)) {
  const kids = main.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur! && e !== task && e.name !== 'RunTask');
  const by = new Map<string, number>();
  for (const k of kids) by.set(k.name, (by.get(k.name) ?? 0) + (k.dur ?? 0));
  console.log(((task.ts - nav.ts) / 1000).toFixed(0), 'ms dur', (task.dur! / 1000).toFixed(0), [...by].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, d]) => `${n}:${(d / 1000).toFixed(0)}`).join(' '));
}
await browser.close(); await server.close();

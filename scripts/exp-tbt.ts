import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';
import { totalBlockingTime, mainThreadTasks, type TraceEvent } from './support/total-blocking-time.ts';
const runs = Number(process.env.RUNS ?? 5);
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d) => serveStatic(d.split('#')[0]!, { compress: true })));
const browser = await launchChromium();
const res: Record<string, { tbt: number[]; fcp: number[]; lcp: number[]; dcl: number[]; busy: number[] }> = {};
for (let i = 0; i < runs; i++) for (const [k, d] of dirs.entries()) {
  const path = d.split('#')[1] ?? '/';
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => { (window as any).__lcp = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true }); });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  await page.goto(servers[k]!.origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const p = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0, lcp: (window as any).__lcp, dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd }));
  const r = (res[d] ??= { tbt: [], fcp: [], lcp: [], dcl: [], busy: [] });
  r.tbt.push(totalBlockingTime(events, p.fcp).total); r.fcp.push(p.fcp); r.lcp.push(p.lcp); r.dcl.push(p.dcl);
  r.busy.push(mainThreadTasks(events).reduce((s, t) => s + t.end - t.start, 0));
  await context.close();
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [d, r] of Object.entries(res)) console.log(d.padEnd(40), 'TBT', med(r.tbt).toFixed(0), 'FCP', med(r.fcp).toFixed(0), 'LCP', med(r.lcp).toFixed(0), 'DCL', med(r.dcl).toFixed(0), 'busy', med(r.busy).toFixed(0), ' tbts', r.tbt.map((x) => x.toFixed(0)).join(','));
await browser.close(); for (const s of servers) await s.close();

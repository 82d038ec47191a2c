import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';
const server = await serveStatic(process.argv[2]!, { compress: true });
const browser = await launchChromium();
for (let i = 0; i < 3; i++) {
const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => { (window as any).__l = []; new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__l.push([Math.round(e.startTime), e.size, e.element?.tagName + '.' + e.element?.className, e.url]); }).observe({ type: 'largest-contentful-paint', buffered: true }); });
await page.goto(server.origin + '/', { waitUntil: 'load' });
await page.waitForTimeout(1500);
console.log(JSON.stringify(await page.evaluate(() => (window as any).__l)), await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime));
await context.close();
}
await browser.close(); await server.close();

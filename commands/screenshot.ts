// `npm run shots [-- <url>]`: screenshots of the story page for a person to look at. With no URL,
// serves the last build (dist/) itself and writes the first three screens at 390 and 1280 px, in
// light and dark, into docs/, for the README; in both cases it also writes each width with and without JavaScript
// into test-results/shots/ (FULL=1 for whole pages).
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';

const given = process.argv[2];
const server = given ? undefined : await serveStatic('dist');
const url = given ?? `${server!.origin}/`;
const out = 'test-results/shots';
await mkdir(out, { recursive: true });
await mkdir('docs', { recursive: true });
const browser = await launchChromium();
for (const width of [390, 1280]) {
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const name = `${out}/${width}-${javaScriptEnabled ? 'js' : 'nojs'}${process.env.FULL === '1' ? '-full' : ''}.png`;
		await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
		console.log(name);
		if (!given && javaScriptEnabled) {
			// The first three screens as a reader first meets them, in each colour scheme.
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				const docs = `docs/story-top-${width}-${scheme}.png`;
				await page.screenshot({ path: docs, clip: { x: 0, y: 0, width, height: 3 * (width === 390 ? 844 : 900) }, fullPage: true });
				console.log(docs);
			}
		}
		await context.close();
	}
}
await browser.close();
await server?.close();

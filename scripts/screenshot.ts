// `npm run shots -- [url]`: screenshots of a page at phone and desktop widths, with and without
// JavaScript, into test-results/shots/, for a person to look at.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/support/chromium.ts';

const url = process.argv[2] ?? 'http://localhost:4321/';
const out = 'test-results/shots';
await mkdir(out, { recursive: true });
const browser = await launchChromium();
for (const width of [390, 1280]) {
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const name = `${out}/${width}-${javaScriptEnabled ? "js" : "nojs"}${process.env.FULL === "1" ? "-full" : ""}.png`;
		await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
		console.log(name);
		await context.close();
	}
}
await browser.close();

import { glob, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const KB = 1000;
/** Byte budgets for the story page, brotli-compressed as a CDN would serve them (issue 7). */
const BUDGET = { html: 32 * KB, css: 8 * KB, initialJs: 8 * KB, initialTotal: 60 * KB, lazyMap: 70 * KB };

const brotli = async (file: string) => brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const html = await readFile('dist/index.html', 'utf8');
const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => `dist${match[1]}`);
const stylesheets = linked(/<link rel="stylesheet" href="([^"]+)"/g);
const scripts = linked(/<script type="module" src="([^"]+)"/g);

describe('the story page\'s byte budgets (brotli)', () => {
	it(`keeps its HTML within ${BUDGET.html / KB} kB`, async () => {
		expect(await brotli('dist/index.html')).toBeLessThanOrEqual(BUDGET.html);
	});
	it(`keeps its CSS within ${BUDGET.css / KB} kB`, async () => {
		expect(stylesheets.length).toBeGreaterThan(0);
		let total = 0;
		for (const file of stylesheets) total += await brotli(file);
		expect(total).toBeLessThanOrEqual(BUDGET.css);
	});
	it(`keeps JavaScript before any interaction within ${BUDGET.initialJs / KB} kB, with Leaflet not among it`, async () => {
		let total = 0;
		for (const file of scripts) {
			total += await brotli(file);
			expect(await readFile(file, 'utf8')).not.toContain('leaflet');
		}
		expect(total).toBeLessThanOrEqual(BUDGET.initialJs);
	});
	it(`keeps the whole initial load within ${BUDGET.initialTotal / KB} kB, with no font file`, async () => {
		let total = await brotli('dist/index.html');
		for (const file of [...stylesheets, ...scripts]) total += await brotli(file);
		expect(total).toBeLessThanOrEqual(BUDGET.initialTotal);
		expect(html).not.toMatch(/\.woff2?|@font-face/);
	});
	it(`keeps Leaflet, its CSS and the boundary data, loaded when the map comes near, within ${BUDGET.lazyMap / KB} kB`, async () => {
		const lazy: string[] = ['dist/map/boundaries.topo.json'];
		for await (const file of glob('dist/_astro/{live-map,leaflet}*.{js,css}')) lazy.push(file);
		expect(lazy.length).toBe(3);
		let total = 0;
		for (const file of lazy) total += await brotli(file);
		expect(total).toBeLessThanOrEqual(BUDGET.lazyMap);
	});
});

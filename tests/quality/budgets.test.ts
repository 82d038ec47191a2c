import { glob, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB } from '../../commands/support/budgets.ts';
import { brotli } from '../../commands/support/static-server.ts';
import { claimCount, failures, htmlVerdicts } from '../../commands/support/budget-verdicts.ts';
import { htmlWeight } from '../../commands/support/html-weight.ts';

const size = async (file: string) => brotli(await readFile(file)).length;
const html = await readFile('dist/index.html', 'utf8');
const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => `dist${match[1]}`);
const stylesheets = linked(/<link rel="stylesheet" href="([^"]+)"/g);
const scripts = linked(/<script type="module" src="([^"]+)"/g);

describe('the story page\'s byte budgets (brotli)', () => {
	it('keeps its HTML within a fixed allowance plus one per claim, for the rows and for the rest', async () => {
		const claims = await claimCount();
		expect(claims).toBeGreaterThan(0);
		expect(failures(htmlVerdicts(htmlWeight(html), claims))).toEqual([]);
	});
	it(`keeps its CSS within ${BUDGETS.css / KB} kB`, async () => {
		expect(stylesheets.length).toBeGreaterThan(0);
		let total = 0;
		for (const file of stylesheets) total += await size(file);
		expect(total).toBeLessThanOrEqual(BUDGETS.css);
	});
	it(`keeps JavaScript before any interaction within ${BUDGETS.initialJs / KB} kB, with Leaflet not among it`, async () => {
		expect(scripts.length).toBeGreaterThan(0);
		let total = 0;
		for (const file of scripts) {
			total += await size(file);
			expect(await readFile(file, 'utf8')).not.toContain('leaflet');
		}
		expect(total).toBeLessThanOrEqual(BUDGETS.initialJs);
	});
	it(`keeps the whole initial load within ${BUDGETS.initialTransfer / KB} kB, with no font file`, async () => {
		// The map is one image or the other, light or dark, as the reader prefers: the larger counts.
		const mapImages = [...linked(/<img class="static-map[^"]*" src="([^"]+)"/g), ...linked(/<source srcset="([^"]+\/map\/[^"]+)"/g)];
		expect(mapImages.length).toBeGreaterThan(0);
		let total = await size('dist/index.html') + Math.max(...(await Promise.all(mapImages.map(size))));
		for (const file of [...stylesheets, ...scripts]) total += await size(file);
		expect(total).toBeLessThanOrEqual(BUDGETS.initialTransfer);
		expect(html).not.toMatch(/\.woff2?|@font-face/);
	});
	it(`keeps Leaflet, its CSS and the boundary data, loaded when the reader opens the live map, within ${BUDGETS.lazyMap / KB} kB`, async () => {
		const lazy: string[] = ['dist/map/boundaries.topo.json'];
		for await (const file of glob('dist/_astro/{live-map,leaflet}*.{js,css}')) lazy.push(file);
		expect(lazy.length).toBe(3);
		let total = 0;
		for (const file of lazy) total += await size(file);
		expect(total).toBeLessThanOrEqual(BUDGETS.lazyMap);
	});
});

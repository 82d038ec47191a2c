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
	it('counts one claim row in the HTML per claim (the per-claim byte allowances are npm run bench\'s to report)', async () => {
		const claims = await claimCount();
		expect(claims).toBeGreaterThan(0);
		expect(htmlWeight(html).rows).toBe(claims);
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
	it('loads no font file on first load (the initial-transfer budget, which grows with the story\'s HTML, is npm run bench\'s to report)', () => {
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

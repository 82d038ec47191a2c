import { describe, expect, it } from 'vitest';
import { extractElement, normaliseMarkup, readDist } from '../support/dist.ts';

describe('the charts in the built page', () => {
	it('draw the estimates chart as SVG at build time (wide layout)', async () => {
		const svg = extractElement(await readDist('index.html'), '<svg class="estimates-svg wide');
		await expect(normaliseMarkup(svg)).toMatchFileSnapshot('__snapshots__/estimates-wide.svg');
	});
	it('draw the narrow layout with numbered marks', async () => {
		const html = await readDist('index.html');
		const svg = extractElement(html.slice(html.indexOf('<div class="narrow')), '<svg class="estimates-svg');
		await expect(normaliseMarkup(svg)).toMatchFileSnapshot('__snapshots__/estimates-narrow.svg');
	});
	it('draw the scale chart as SVG at build time', async () => {
		const svg = extractElement(await readDist('index.html'), '<svg viewBox="0 0 220 220"');
		await expect(normaliseMarkup(svg)).toMatchFileSnapshot('__snapshots__/scale-waffle.svg');
	});
});

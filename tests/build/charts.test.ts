// The charts as a reader meets them in the built page, derived from whatever the content holds:
// one mark per troop figure, linked to its claim, labels that never overlap, and the army scale
// keeping the largest figure's hedge. No snapshot of today's figures: the story grows.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { isTroopCount } from '../../src/charts/estimate-rows.ts';
import { extractElement, readDist } from '../support/dist.ts';

const { files } = await checkContent(process.cwd());
const wholeScopes = new Set(files.story[0]!.data!.scopes.filter((scope) => scope.whole).map((scope) => scope.id));
const troopFigures = files.estimates.filter((e) => isTroopCount(e.data!.counts) && !wholeScopes.has(e.data!.scope));
const html = await readDist('index.html');
const wide = extractElement(html, '<svg class="estimates-svg wide');
const narrow = extractElement(html.slice(html.indexOf('<div class="narrow')), '<svg class="estimates-svg');
const LINE_HEIGHT = 13.5;
const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Each label's box as drawn: its anchor point, its lines and the side it runs to. */
function labelBoxes(svg: string) {
	return [...svg.matchAll(/<text class="label[^"]*" x="([\d.]+)" y="([\d.]+)" text-anchor="(start|end)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => {
		const lines = [...m[4]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!);
		const width = Math.max(...lines.map((line) => line.length)) * 6.6;
		const x = Number(m[1]);
		const top = Number(m[2]) - 10;
		return { left: m[3] === 'start' ? x : x - width, right: m[3] === 'start' ? x + width : x, top, bottom: top + lines.length * LINE_HEIGHT, text: lines.join(' ') };
	});
}

describe('the troop-figures chart in the built page', () => {
	it('has one mark per troop figure in the content, in each layout, each linked to its claim', () => {
		expect(troopFigures.length).toBeGreaterThan(0);
		for (const svg of [wide, narrow]) {
			expect(svg.match(/class="mark /g)).toHaveLength(troopFigures.length);
			for (const { id, data } of troopFigures) {
				expect(svg, id).toMatch(new RegExp(`<a class="mark [^"]*" href="/#${data!.claim}" data-estimate="${id}"`));
			}
		}
	});
	it('leaves losses (killed, wounded, captured) off the troop chart', () => {
		for (const { id } of files.estimates.filter((e) => !isTroopCount(e.data!.counts))) expect(wide, id).not.toContain(`data-estimate="${id}"`);
	});
	it('names each mark in words that start with its visible label', () => {
		for (const m of wide.matchAll(/<a class="mark[^>]*aria-label="([^"]*)"[^>]*>[\s\S]*?<text class="label[^>]*>\s*<tspan[^>]*>([^<]*)</g)) {
			expect(decode(m[1]!).startsWith(decode(m[2]!)), m[1]).toBe(true);
		}
	});
	it('numbers the narrow layout 1 to N, with a key', () => {
		const numbers = labelBoxes(narrow).map((box) => Number(box.text));
		expect(numbers).toEqual(troopFigures.map((_, i) => i + 1));
	});
	it('never lets two labels overlap, in either layout', () => {
		for (const svg of [wide, narrow]) {
			const boxes = labelBoxes(svg);
			for (const [i, a] of boxes.entries()) {
				for (const b of boxes.slice(i + 1)) {
					const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
					expect(overlap, `${a.text} / ${b.text}`).toBe(false);
				}
			}
		}
	});
});

describe('the army-scale chart', () => {
	it('sets the largest troop figure, hedge kept, against the whole', () => {
		const svg = extractElement(html, '<svg viewBox="0 0 220 220"');
		expect(svg).toMatch(/class="cell filled/);
		const desc = svg.match(/<desc[^>]*>([^<]*)<\/desc>/)![1]!;
		expect(desc).toMatch(/^Even the largest of the other figures, .+, is (about |at most |at least |nearly |more than )?[\d.]+% of the /);
	});
});

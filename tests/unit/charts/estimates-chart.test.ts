import { describe, expect, it } from 'vitest';
import { estimateRows, type EstimateRow } from '../../../src/charts/estimate-rows.ts';
import { CHAR_WIDTH, estimatesChart, placeNumbers } from '../../../src/charts/estimates-chart.ts';

const row = (over: Partial<EstimateRow>): EstimateRow => ({
	id: 'x', claim: 'c', low: 9_000, high: 11_000, stated: 10_000, counts: 'present', qualifier: 'about', reports: [], otherWordings: [], value: 10_000, shape: 'point', scope: 'in-russia', scopeLabel: 'in Russia', whole: false, part: false, scopeOrder: 1, colour: 2,
	approximate: true, day: '2024-11-05', dated: true, when: 'Tue 5 Nov 2024', who: 'Someone', wording: 'around 10,000', figure: 'around 10,000', reading: '9,000–11,000', basis: 'A tenth either side.', ...over,
});

const rows = [
	row({ id: 'a', day: '2024-11-04', shape: 'upper-bound', qualifier: 'up-to', low: 0, high: 10_000, scope: 'in-kursk-region', scopeLabel: 'in the Kursk region', colour: 1, who: 'U.S. State Department', figure: 'up to 10,000' }),
	row({ id: 'b', day: '2024-11-05', who: "South Korea's Defence Ministry" }),
	row({ id: 'c', day: '2024-11-06', stated: 11_000, high: 12_100, low: 9_900, scope: 'in-kursk-region', who: 'Volodymyr Zelenskyy', figure: 'about 11,000' }),
	row({ id: 'd', day: '2024-11-06', low: 200, high: 999, stated: 999, qualifier: 'range', shape: 'range', scope: 'assembling-far-east', who: 'South Korea', figure: 'hundreds (200–999)' }),
];

describe('estimatesChart(width, height, rows)', () => {
	const chart = estimatesChart(640, 330, rows);

	it('puts later days further right and bigger figures higher', () => {
		const [a, b, c] = chart.marks;
		expect(a!.x).toBeLessThan(b!.x);
		expect(b!.x).toBeLessThan(c!.x);
		expect(c!.y).toBeLessThan(b!.y);
	});
	it('draws "up to" as a bar from zero, a range as a capped segment, and "about" as a point alone', () => {
		const zero = chart.height - chart.margin.bottom;
		expect(chart.marks[0]!.path).toMatch(new RegExp(`^M[\\d.]+,${zero}V`));
		expect(chart.marks[3]!.path.match(/M/g)).toHaveLength(3);
		expect(chart.marks[1]!.path).toBe('');
	});
	it('gives every label a band of its own, so no two overlap', () => {
		const ys = chart.marks.map((mark) => mark.label.y).sort((p, q) => p - q);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(2 * 13.5);
	});
	it('keeps every label inside the drawing', () => {
		for (const { label } of chart.marks) {
			const width = Math.max(...label.lines.map((line) => line.length)) * CHAR_WIDTH;
			const [left, right] = label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
			expect(left).toBeGreaterThanOrEqual(0);
			expect(right).toBeLessThanOrEqual(chart.width);
		}
	});
	it('labels marks with numbers only when narrow', () => {
		const narrow = estimatesChart(340, 380, rows);
		expect(narrow.narrow).toBe(true);
		expect(narrow.marks.map((mark) => mark.label.lines)).toEqual([['1'], ['2'], ['3'], ['4']]);
		expect(chart.marks[0]!.label.lines).toEqual(['U.S. State Department', 'up to 10,000 in the Kursk region']);
	});
	it('ticks each day that has a figure, and round troop counts from zero', () => {
		expect(chart.xTicks.map((tick) => tick.text)).toEqual(['Mon 4 Nov', 'Tue 5 Nov', 'Wed 6 Nov']);
		expect(chart.yTicks[0]!.text).toBe('0');
		expect(chart.yTicks.map((tick) => tick.text)).toContain('10,000');
	});
});

describe('estimateRows(estimates, sources, scopes)', () => {
	const scopes = [
		{ id: 'in-kursk-region', label: 'in the Kursk region', whole: false },
		{ id: 'assembling-far-east', label: 'assembling in the Far East', whole: false },
		{ id: 'whole-army', label: 'the whole army', whole: true },
	];
	const sources = new Map([['zelenskyy', { id: 'zelenskyy', data: { name: 'Volodymyr Zelenskyy', role: 'President', kind: 'official' as const, side: 'ukraine' as const } }]]);
	const stated = { value: '2024-11-06', precision: 'by' as const, wording: 'November 6', basis: 'dateline' };
	it('reads a range as its low and high, sits the mark in the middle, and marks an undated figure', () => {
		const [r] = estimateRows([{ id: 'h', data: { value: { min: 200, max: 999 }, counts: 'present', qualifier: 'range', otherWordings: [], scope: 'assembling-far-east', wording: 'hundreds', statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(r).toMatchObject({ low: 200, high: 999, value: 599.5, shape: 'range', dated: false, who: 'Volodymyr Zelenskyy' });
	});
	it('shows a figure given only in words by the article\'s words, hedge included, with our reading and its basis', () => {
		const basis = 'The article gives no number.';
		const [r] = estimateRows([{ id: 'h', data: { value: { min: 200, max: 999 }, counts: 'present', qualifier: 'range', otherWordings: [], scope: 'assembling-far-east', wording: 'hundreds of suspected soldiers', basis, statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(r).toMatchObject({ figure: 'hundreds of suspected soldiers (200–999, our reading)', reading: '200–999', basis });
	});
	it('writes the qualifier before the number, and reads "up to N" as 0 to N', () => {
		const [r] = estimateRows([{ id: 'u', data: { value: 10000, counts: 'present', qualifier: 'up-to', otherWordings: [], scope: 'in-kursk-region', wording: 'up to 10,000', basis: 'A ceiling.', statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(r).toMatchObject({ figure: 'up to 10,000', shape: 'upper-bound', low: 0, high: 10000, reading: '0–10,000', basis: 'A ceiling.' });
	});
	it('reads "about N" as a tenth either side, the reach the tension rule gives it', () => {
		const [r] = estimateRows([{ id: 'a', data: { value: 11000, counts: 'present', qualifier: 'about', otherWordings: [], scope: 'in-kursk-region', wording: 'approximately 11,000', basis: 'Compared as a tenth either side.', statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(r).toMatchObject({ figure: 'about 11,000', stated: 11000, low: 9900, high: 12100, reading: '9,900–12,100', basis: 'Compared as a tenth either side.' });
	});
	it('reads a floor ("at least N", "more than N") as N or more, and draws it as an arrow up from N', () => {
		const [r] = estimateRows([{ id: 'f', data: { value: 10000, counts: 'present', qualifier: 'more-than', otherWordings: [], scope: 'in-russia', wording: 'more than 10,000', basis: 'A floor.', statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(r).toMatchObject({ figure: 'more than 10,000', shape: 'lower-bound', stated: 10000, low: 10000, high: Infinity, reading: '10,000 or more', value: 10000 });
		const chart = estimatesChart(640, 330, [r!]);
		expect(chart.marks[0]!.path).toMatch(/V/);
		expect(Number.isFinite(chart.yTicks.at(-1)!.position)).toBe(true);
	});
	it('reads "nearly N" as up to a tenth below N, never above it', () => {
		const [r] = estimateRows([{ id: 'n', data: { value: 11000, counts: 'present', qualifier: 'nearly', otherWordings: [], scope: 'in-kursk-region', wording: 'nearly 11,000', basis: 'Just under.', statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(r).toMatchObject({ figure: 'nearly 11,000', low: 9900, high: 11000, reading: '9,900–11,000' });
	});
	it('takes the scope\'s words, colour and whole-ness from the story\'s list of scopes', () => {
		const [r] = estimateRows([{ id: 'w', data: { value: 1200000, counts: 'present', qualifier: 'exact', otherWordings: [], scope: 'whole-army', wording: '1.2 million', statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(r).toMatchObject({ scopeLabel: 'the whole army', whole: true, colour: 3 });
		const [k] = estimateRows([{ id: 'k', data: { value: 10000, counts: 'present', qualifier: 'up-to', otherWordings: [], scope: 'in-kursk-region', wording: 'up to 10,000', statedBy: 'zelenskyy', stated, reports: [], claim: 'c' } }], sources, scopes);
		expect(k).toMatchObject({ scopeLabel: 'in the Kursk region', whole: false, colour: 1 });
	});
});

describe('placeNumbers(marks, plot): numbers beside their marks, never overlapping', () => {
	it('puts thirty numbers for marks bunched on a few days where no two overlap and none covers a mark', () => {
		const marks = Array.from({ length: 30 }, (_, i) => ({ px: 60 + (i % 4) * 6, top: 100 + (i % 7) * 5, lines: [String(i + 1)] }));
		const placed = placeNumbers(marks, { left: 40, right: 330, top: 20, bottom: 290 });
		const boxes = placed.map((p, i) => {
			const w = marks[i]!.lines[0]!.length * CHAR_WIDTH + 2;
			const left = p.anchor === 'start' ? p.x : p.x - w;
			return [left, p.y - 10, left + w, p.y + 3.5] as const;
		});
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
			for (const m of marks) expect(a[0] < m.px + 6 && m.px - 6 < a[2] && a[1] < m.top + 6 && m.top - 6 < a[3]).toBe(false);
		}
	});
});

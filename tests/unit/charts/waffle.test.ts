import { describe, expect, it } from 'vitest';
import { share, waffle, wafflePaths } from '../../../src/charts/waffle.ts';

describe('waffle(total, part, side)', () => {
	it('draws 100 cells, each 1% of the total', () => {
		expect(waffle(1_200_000, 11_000, 220)).toHaveLength(100);
	});
	it('fills a share smaller than one cell partly, so 11,000 of 1.2 million shows as 0.92 of a cell', () => {
		const cells = waffle(1_200_000, 11_000, 220);
		expect(cells[0]!.fill).toBeCloseTo(0.9167, 3);
		expect(cells.slice(1).every((cell) => cell.fill === 0)).toBe(true);
	});
	it('fills whole cells first, then part of the next', () => {
		const fills = waffle(100, 2.5, 100).map((cell) => cell.fill);
		expect(fills.slice(0, 4)).toEqual([1, 1, 0.5, 0]);
	});
	it('fits the grid, gaps included, in the side given', () => {
		const last = waffle(100, 0, 220, 2).at(-1)!;
		expect(last.x + last.size).toBeCloseTo(220, 6);
		expect(last.y + last.size).toBeCloseTo(220, 6);
	});
});

describe('share(part, total)', () => {
	it('gives small shares to two decimals and large ones to one', () => {
		expect(share(11_000, 1_200_000)).toBe('0.92%');
		expect(share(10_000, 1_200_000)).toBe('0.83%');
		expect(share(600, 1_000)).toBe('60.0%');
	});
});

describe('wafflePaths(cells)', () => {
	it('draws every cell in one path and only the filled part of the filled cells in the other', () => {
		const { cells, filled } = wafflePaths(waffle(100, 1.5, 100, 0));
		expect(cells.match(/M/g)).toHaveLength(100);
		expect(filled).toBe('M0 0h10v10h-10zM10 0h5v10h-5z');
	});
	it('has no filled path when the part is nothing', () => {
		expect(wafflePaths(waffle(100, 0, 100)).filled).toBe('');
	});
});

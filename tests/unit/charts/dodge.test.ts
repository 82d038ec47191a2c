import { describe, expect, it } from 'vitest';
import { dodge } from '../../../src/charts/dodge.ts';

describe('dodge(wanted, height, min, max)', () => {
	it('leaves labels that do not overlap where they want to be', () => {
		expect(dodge([10, 50, 90], 20, 0, 200)).toEqual([10, 50, 90]);
	});
	it('pushes overlapping labels apart by at least their height, keeping input order of the result', () => {
		const ys = dodge([100, 95, 105], 20, 0, 300);
		const sorted = [...ys].sort((a, b) => a - b);
		expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(20);
		expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(20);
		expect(ys[1]).toBe(95);
	});
	it('pulls labels back up when they would run past max', () => {
		const ys = dodge([190, 195, 199], 20, 0, 200);
		expect(Math.max(...ys)).toBeLessThanOrEqual(200);
		expect([...ys].sort((a, b) => a - b)).toEqual([160, 180, 200]);
	});
});

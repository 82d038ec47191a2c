import { describe, expect, it } from 'vitest';
import type { EstimateRow } from '../../../src/charts/estimate-rows.ts';
import { allowedRange, figuresInTension } from '../../../src/charts/tension.ts';

const row = (id: string, over: Partial<EstimateRow>): EstimateRow => ({
	id, claim: `claim-${id}`, low: 10_000, high: 10_000, value: 10_000, shape: 'point', approximate: true, scope: 'in-kursk-region', scopeLabel: 'in the Kursk region', whole: false, scopeOrder: 0, colour: 1,
	day: '2024-11-05', dated: true, when: 'Tue 5 Nov 2024', who: id, wording: 'about 10,000', figure: 'about 10,000', reading: '9,000–11,000', basis: 'A tenth either side.', ...over,
});
const about = (id: string, n: number, scope: EstimateRow['scope'] = 'in-kursk-region') => row(id, { low: n, high: n, value: n, scope });
const upTo = (id: string, n: number, scope: EstimateRow['scope'] = 'in-kursk-region') => row(id, { low: 0, high: n, value: n, shape: 'upper-bound', approximate: false, scope });

describe('allowedRange(figure)', () => {
	it('reads "up to" as zero to the number, "about" as a tenth either side, a range as its ends', () => {
		expect(allowedRange(upTo('a', 10_000))).toEqual([0, 10_000]);
		expect(allowedRange(about('a', 10_000))).toEqual([9_000, 11_000]);
		expect(allowedRange(row('a', { low: 200, high: 999, value: 599.5, shape: 'range' }))).toEqual([200, 999]);
		expect(allowedRange(row('a', { approximate: false }))).toEqual([10_000, 10_000]);
	});
});

describe('figuresInTension(rows)', () => {
	it('flags an "about 11,000" above an "up to 10,000" for the same place (the Kursk figures)', () => {
		const tensions = figuresInTension([upTo('washington', 10_000), about('kyiv', 11_000)]);
		expect(tensions).toHaveLength(1);
		expect(tensions[0]!.figure.id).toBe('kyiv');
		expect(tensions[0]!.against.id).toBe('washington');
	});
	it('never compares figures that count different things', () => {
		expect(figuresInTension([upTo('washington', 10_000), about('seoul', 11_000, 'in-russia')])).toEqual([]);
	});
	it('lets figures that fit each other stand', () => {
		expect(figuresInTension([upTo('a', 10_000), about('b', 9_500)])).toEqual([]);
		expect(figuresInTension([about('a', 10_000), about('b', 10_500)])).toEqual([]);
	});
	it('reports each pair once, whichever order the figures come in', () => {
		expect(figuresInTension([about('kyiv', 11_000), upTo('washington', 10_000)])).toHaveLength(1);
	});
});

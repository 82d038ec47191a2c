import { describe, expect, it } from 'vitest';
import type { EstimateRow } from '../../../src/charts/estimate-rows.ts';
import { tensionText } from '../../../src/charts/figures-view.ts';
import { allowedRange, figuresInTension } from '../../../src/charts/tension.ts';

const row = (id: string, over: Partial<EstimateRow>): EstimateRow => ({
	id, claim: `claim-${id}`, low: 9_000, high: 11_000, stated: 10_000, counts: 'present', qualifier: 'about', reports: [], otherWordings: [], value: 10_000, shape: 'point', approximate: true, scope: 'in-kursk-region', scopeLabel: 'in the Kursk region', whole: false, part: false, scopeOrder: 0, colour: 1,
	day: '2024-11-05', dated: true, when: 'Tue 5 Nov 2024', who: id, wording: 'about 10,000', figure: 'about 10,000', reading: '9,000–11,000', basis: 'A tenth either side.', ...over,
});
const about = (id: string, n: number, over: Partial<EstimateRow> = {}) => row(id, { low: n * 0.9, high: n * 1.1, stated: n, value: n, figure: `about ${n}`, reading: `${n * 0.9}–${n * 1.1}`, ...over });
const upTo = (id: string, n: number, over: Partial<EstimateRow> = {}) => row(id, { low: 0, high: n, stated: n, value: n, qualifier: 'up-to', shape: 'upper-bound', approximate: false, figure: `up to ${n}`, reading: `0–${n}`, ...over });
const atLeast = (id: string, n: number, over: Partial<EstimateRow> = {}) => row(id, { low: n, high: Infinity, stated: n, value: n, qualifier: 'at-least', shape: 'lower-bound', approximate: false, figure: `at least ${n}`, reading: `${n} or more`, ...over });

describe('allowedRange(figure)', () => {
	it('is the reading the figure carries: a ceiling from zero, a floor with no top, "about" a tenth either side', () => {
		expect(allowedRange(upTo('a', 10_000))).toEqual([0, 10_000]);
		expect(allowedRange(about('a', 10_000))).toEqual([9_000, 11_000]);
		expect(allowedRange(atLeast('a', 10_000))).toEqual([10_000, Infinity]);
	});
});

describe('figuresInTension(rows)', () => {
	it('never flags figures whose readings overlap: "about 11,000" (9,900–12,100) beside "up to 10,000" (0–10,000)', () => {
		expect(figuresInTension([upTo('washington', 10_000), about('kyiv', 11_000)])).toEqual([]);
	});
	it('flags two figures for the same thing in the same week whose readings cannot both hold', () => {
		const tensions = figuresInTension([upTo('washington', 3_000), about('kyiv', 11_000, { day: '2024-11-06' })]);
		expect(tensions).toHaveLength(1);
		expect(tensions[0]!.figure.id).toBe('kyiv');
		expect(tensions[0]!.against.id).toBe('washington');
		expect(figuresInTension([atLeast('a', 12_000), upTo('b', 10_000)])).toHaveLength(1);
	});
	it('never compares figures for different places, or different things counted (troops against the killed)', () => {
		expect(figuresInTension([upTo('washington', 3_000), about('seoul', 11_000, { scope: 'in-russia' })])).toEqual([]);
		expect(figuresInTension([upTo('washington', 3_000), about('seoul', 11_000, { counts: 'planned' })])).toEqual([]);
	});
	it('never compares a part or an addition (one unit, one more wave) with anything', () => {
		expect(figuresInTension([upTo('a', 3_000, { part: true }), about('b', 11_000)])).toEqual([]);
		expect(figuresInTension([upTo('a', 1_000, { part: true }), about('b', 5_000, { part: true })])).toEqual([]);
	});
	it('never compares figures stated more than a week apart: a deployment grows', () => {
		expect(figuresInTension([upTo('a', 3_000, { day: '2024-10-18' }), about('b', 11_000, { day: '2024-11-06' })])).toEqual([]);
	});
	it('reports each pair once, whichever order the figures come in', () => {
		expect(figuresInTension([about('kyiv', 11_000), upTo('washington', 3_000)])).toHaveLength(1);
	});
	it('says in words exactly what the rule found: same thing, same week, readings that do not overlap', () => {
		const [tension] = figuresInTension([upTo('Washington', 3_000), about('Kyiv', 11_000)]);
		const text = tensionText(tension!, 'troops');
		expect(text).toContain('both count troops in the Kursk region, stated within 7 days of each other');
		expect(text).toContain('0–3000 and 9900–12100');
		expect(text).toContain('ranges that do not overlap, so both cannot hold as stated');
	});
});

import { describe, expect, it } from 'vitest';
import { estimateRows } from '../../../src/charts/estimate-rows.ts';
import { armyScaleView, troopFiguresView } from '../../../src/charts/figures-view.ts';

const sources = new Map([['council', { id: 'council', data: { name: 'The Council', role: 'r', kind: 'official' as const, side: 'council' } }]]);
/** Five scopes, one more than the charts have colours, and a whole. */
const scopes = ['north', 'south', 'east', 'west', 'centre'].map((id) => ({ id, label: `in the ${id}`, whole: false }));
scopes.push({ id: 'district', label: 'the whole district', whole: true });
const figure = (id: string, scope: string, value: number, day: string) => ({
	id,
	data: { value, counts: 'present' as const, qualifier: 'about' as const, otherWordings: [], scope, wording: `about ${value}`, statedBy: 'council', stated: { value: day, precision: 'day' as const, wording: 'on a day' }, claim: 'c' },
});
// Stated in another order than the story lists their scopes.
const rows = estimateRows(
	[figure('a', 'centre', 50, '2025-03-01'), figure('b', 'south', 40, '2025-03-02'), figure('c', 'north', 30, '2025-03-03'), figure('d', 'district', 10_000, '2025-03-03')],
	sources,
	scopes,
);

describe('troopFiguresView(rows, unit)', () => {
	const view = troopFiguresView(rows, 'households');
	it('lists the scopes in the story\'s order, a fifth scope reusing the first colour', () => {
		expect(view.scopes).toEqual([
			{ id: 'north', label: 'in the north', order: 0, colour: 1 },
			{ id: 'south', label: 'in the south', order: 1, colour: 2 },
			{ id: 'centre', label: 'in the centre', order: 4, colour: 1 },
		]);
	});
	it('leaves the whole out of the figures, and says what they count in the story\'s word', () => {
		expect(view.deployment.map((row) => row.id)).toEqual(['a', 'b', 'c']);
		expect(view.takeaway).toContain('They count households in the north, or in the south, or in the centre');
	});
});

describe('armyScaleView(rows, unit)', () => {
	it('sets the largest figure against the scope marked whole, in its own words', () => {
		expect(armyScaleView(rows, 'households')!.takeaway).toBe('Even the largest of the other figures, about 50, is about 0.50% of the 10,000 households that The Council gives for the whole district.');
	});
});

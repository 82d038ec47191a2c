import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Source } from '../../src/schemas/source.ts';
import { claimsBySide, claimSides, indexById, sideMatrix, type Entry } from '../../src/story/story-index.ts';

const source = (id: string, side: Source['side']): Entry<Source> => ({ id, data: { name: id, role: 'r', kind: 'official', side } });
const sources = indexById([source('kyiv', 'ukraine'), source('seoul', 'south-korea'), source('washington', 'united-states'), source('nyt', 'press'), source('yonhap', 'press')]);
const claim = (id: string, claimant: string[], reportedBy: string[] = ['nyt']): Entry<Claim> => ({
	id,
	data: {
		statement: id, claimant, reportedBy, stated: { value: '2024-11-06', precision: 'day', wording: 'November 6' }, status: 'reported', assessed: '2024-11-06',
		places: [], topics: [], supports: [], contradicts: [], qualifies: [], aliases: [], corrections: [],
	},
});
const claims = indexById([claim('a', ['kyiv']), claim('b', ['seoul'], ['yonhap']), claim('c', ['kyiv', 'washington']), claim('d', ['nyt'])]);

describe('claimSides(claim, sources)', () => {
	it('takes a claim\'s side from its claimant', () => {
		expect(claimSides(claims.get('a')!.data, sources)).toEqual(['ukraine']);
	});
	it('never takes it from the outlet that carried the claim', () => {
		expect(claimSides(claims.get('b')!.data, sources)).toEqual(['south-korea']);
	});
	it('gives a claim made jointly both sides, in column order', () => {
		expect(claimSides(claims.get('c')!.data, sources)).toEqual(['ukraine', 'united-states']);
	});
});

describe('sideMatrix(questions, claims, sources)', () => {
	const questions = [
		{ id: 'how-many', data: { claims: ['a', 'b'] } },
		{ id: 'fought', data: { claims: ['c', 'd'] } },
	];
	const matrix = sideMatrix(questions, claims, sources);
	it('always has columns for Ukraine, South Korea, the United States, Russia and North Korea, plus the other sides cited', () => {
		expect(matrix.columns).toEqual(['ukraine', 'south-korea', 'united-states', 'russia', 'north-korea', 'press']);
	});
	it('puts each claim in the cell of its side, and a joint claim in both', () => {
		expect(matrix.rows[0]!.cells.get('ukraine')).toEqual(['a']);
		expect(matrix.rows[0]!.cells.get('south-korea')).toEqual(['b']);
		expect(matrix.rows[1]!.cells.get('ukraine')).toEqual(['c']);
		expect(matrix.rows[1]!.cells.get('united-states')).toEqual(['c']);
	});
	it('leaves a side with no statement empty', () => {
		expect(matrix.rows[0]!.cells.get('russia')).toBeUndefined();
		expect(matrix.rows[1]!.cells.get('south-korea')).toBeUndefined();
	});
});

describe('claimsBySide(ids, claims, sources)', () => {
	it('groups a question\'s claims by side in column order, leaving out empty sides', () => {
		expect(claimsBySide(['d', 'b', 'a'], claims, sources)).toEqual([
			{ side: 'ukraine', claims: ['a'] },
			{ side: 'south-korea', claims: ['b'] },
			{ side: 'press', claims: ['d'] },
		]);
	});
});

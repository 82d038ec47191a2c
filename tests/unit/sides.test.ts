import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Source } from '../../src/schemas/source.ts';
import { claimsBySide, claimSides, indexById, sideMatrix, sideVocabulary, type Entry } from '../../src/story/story-index.ts';

/** The sides as a story lists them (content/story.md: sides), in its column order. */
const sides = sideVocabulary([
	{ id: 'ukraine', label: 'Ukraine', column: true },
	{ id: 'south-korea', label: 'South Korea', column: true },
	{ id: 'united-states', label: 'United States', column: true },
	{ id: 'russia', label: 'Russia', column: true },
	{ id: 'north-korea', label: 'North Korea', column: true },
	{ id: 'press', label: 'News media', column: false },
	{ id: 'japan', label: 'Japan', column: false },
]);

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

describe('claimSides(claim, sources, sides)', () => {
	it('takes a claim\'s side from its claimant', () => {
		expect(claimSides(claims.get('a')!.data, sources, sides)).toEqual(['ukraine']);
	});
	it('never takes it from the outlet that carried the claim', () => {
		expect(claimSides(claims.get('b')!.data, sources, sides)).toEqual(['south-korea']);
	});
	it('gives a claim made jointly both sides, in column order', () => {
		expect(claimSides(claims.get('c')!.data, sources, sides)).toEqual(['ukraine', 'united-states']);
	});
});

describe('sideMatrix(questions, claims, sources, sides)', () => {
	const questions = [
		{ id: 'how-many', data: { claims: ['a', 'b'] } },
		{ id: 'fought', data: { claims: ['c', 'd'] } },
	];
	const matrix = sideMatrix(questions, claims, sources, sides);
	it('always has the story\'s fixed columns, plus the other sides cited, in the story\'s order', () => {
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

describe('claimsBySide(ids, claims, sources, sides)', () => {
	it('groups a question\'s claims by side in column order, leaving out empty sides', () => {
		expect(claimsBySide(['d', 'b', 'a'], claims, sources, sides)).toEqual([
			{ side: 'ukraine', claims: ['a'] },
			{ side: 'south-korea', claims: ['b'] },
			{ side: 'press', claims: ['d'] },
		]);
	});
});

describe('sideVocabulary(sides)', () => {
	it('takes the order and the labels from the story, not from the code', () => {
		const other = sideVocabulary([
			{ id: 'north', label: 'The Northern League', column: true },
			{ id: 'south', label: 'Southern Republic', column: false },
		]);
		expect(other.ids).toEqual(['north', 'south']);
		expect(other.label('south')).toBe('Southern Republic');
		expect([...other.columns]).toEqual(['north']);
	});
});

import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/schemas/source.ts';
import { cutDescription } from '../../../src/story/description.ts';
import { hedgeWords, missingHedges } from '../../../src/story/hedges.ts';
import { claimantNames, claimShareTitle, shortStatement, updateTitle } from '../../../src/story/share-title.ts';

const source = (id: string, name: string) => [id, { id, data: { name, role: '', kind: 'official', side: 'ukraine' } as Source }] as const;
const sources = new Map([source('zelenskyy', 'Volodymyr Zelenskyy'), source('kyiv', 'Senior Ukrainian officials'), source('us', 'Senior U.S. officials'), source('hbtv', 'HBTV')]);

describe('hedgeWords(text) and missingHedges(statement, text)', () => {
	it('finds the hedges a statement carries, as whole words', () => {
		expect(hedgeWords('Up to 10,000 troops are in Kursk and could soon engage in combat.')).toEqual(['up to', 'could']);
		expect(hedgeWords('Satellite images show hundreds of suspected North Korean soldiers.')).toEqual(['suspected', 'hundreds']);
		expect(hedgeWords('Ri Il Gyu suggested that Kim is "gambling".')).toEqual(['suggested']);
		expect(hedgeWords('A roundabout mayor talks throughout.')).toEqual([]);
	});
	it('names the hedge a shorter wording drops', () => {
		const statement = 'Satellite images show hundreds of suspected North Korean soldiers assembling.';
		expect(missingHedges(statement, 'Hundreds assembling in the Far East')).toEqual(['suspected']);
		expect(missingHedges(statement, 'Hundreds of suspected soldiers in the Far East')).toEqual([]);
	});
});

describe('claimShareTitle(claim, sources)', () => {
	it('reads "<Claimant>: <short statement>"', () => {
		expect(claimShareTitle({ statement: 'About 11,000 North Korean soldiers are stationed in the Kursk region, according to Volodymyr Zelenskyy.', short: 'About 11,000 in the Kursk region', claimant: ['zelenskyy'] }, sources)).toBe('Volodymyr Zelenskyy: About 11,000 in the Kursk region');
	});
	it('names every claimant, and the article in its own voice by its claimant, as the claim page does', () => {
		expect(claimantNames({ claimant: ['kyiv', 'us'] }, sources)).toBe('Senior Ukrainian officials and Senior U.S. officials');
		expect(claimShareTitle({ statement: 'Russia and North Korea signed a treaty in June.', short: 'Treaty signed in June', claimant: ['hbtv'] }, sources)).toBe('HBTV: Treaty signed in June');
	});
	it('falls back to the statement when the short would drop a hedge, or there is none', () => {
		const statement = 'Satellite images show hundreds of suspected soldiers assembling.';
		expect(shortStatement({ statement, short: 'Hundreds assembling' })).toBe(statement);
		expect(shortStatement({ statement })).toBe(statement);
	});
	it('puts the update first in a feed item\'s title, then the claim\'s title', () => {
		expect(updateTitle('New claim, “Reported”', 'HBTV: Treaty signed in June')).toBe('New claim, “Reported” — HBTV: Treaty signed in June');
	});
});

describe('cutDescription(text, max)', () => {
	it('keeps a text that fits whole', () => {
		expect(cutDescription('Short enough.', 200)).toBe('Short enough.');
	});
	it('cuts at the last sentence that ends in time, with an ellipsis', () => {
		expect(cutDescription('First sentence here. Second sentence runs on and on past the limit.', 40)).toBe('First sentence here. …');
	});
	it('does not take an initial\'s point for a sentence end', () => {
		const cut = cutDescription('The New York Times reports the clash from Ukrainian and U.S. officials, and more words follow here.', 71);
		expect(cut).toBe('The New York Times reports the clash from Ukrainian and U.S. officials…');
	});
	it('otherwise cuts after the last whole word, never inside one', () => {
		const cut = cutDescription('Around ten thousand troops in all of Russia according to the ministry', 30);
		expect(cut).toBe('Around ten thousand troops in…');
		expect(cutDescription('Around ten thousand troops in all', 29)).toBe('Around ten thousand troops in…');
	});
});

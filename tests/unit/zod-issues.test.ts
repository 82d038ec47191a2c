import { describe, expect, it } from 'vitest';
import { knownKeys } from '../../src/content-check/zod-issues.ts';
import { Claim } from '../../src/schemas/claim.ts';
import { Report } from '../../src/schemas/report.ts';
import { Story } from '../../src/schemas/story.ts';

describe('knownKeys(schema, path): the fields a misspelt one may have meant', () => {
	it('lists a collection\'s top-level fields', () => {
		expect(knownKeys(Claim, [])).toEqual(expect.arrayContaining(['statement', 'claimant', 'stated', 'status', 'corrections']));
	});
	it('lists the fields of a nested object, through a refinement', () => {
		expect(knownKeys(Claim, ['stated']).sort()).toEqual(['basis', 'precision', 'value', 'wording']);
		expect(knownKeys(Report, ['published']).sort()).toEqual(['basis', 'precision', 'value', 'wording']);
	});
	it('lists the fields of a list\'s items', () => {
		expect(knownKeys(Story, ['topics', 0]).sort()).toEqual(['id', 'title']);
		expect(knownKeys(Claim, ['corrections', 0])).toEqual(expect.arrayContaining(['date', 'note']));
	});
	it('lists nothing under a plain value', () => {
		expect(knownKeys(Claim, ['statement'])).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { figuresInTension } from '../../src/charts/tension.ts';
import type { EstimateRow } from '../../src/charts/estimate-rows.ts';
import { claimContext, contextText } from '../../src/model/claim-context.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Source } from '../../src/schemas/source.ts';
import { claimLinks, indexById } from '../../src/story/story-index.ts';

type Story = Parameters<typeof claimContext>[1];
const claim = (id: string, claimant: string, short: string, qualifies: string[] = []) => ({
	id,
	data: { statement: `${short}.`, short, claimant: [claimant], qualifies, supports: [], contradicts: [] } as unknown as Claim,
});
const row = (id: string, claimId: string, who: string, over: Partial<EstimateRow>): EstimateRow =>
	({ id, claim: claimId, who, low: 9_000, high: 11_000, stated: 10_000, counts: 'present', day: '2024-11-04', value: 10_000, shape: 'point', approximate: true, scope: 'in-kursk-region', scopeLabel: 'in the Kursk region', when: 'Mon 4 Nov 2024', figure: 'about 10,000', ...over }) as EstimateRow;

const claims = [claim('about-11000', 'zelenskyy', 'About 11,000'), claim('up-to-10000', 'state', 'Up to 10,000'), claim('first-clash', 'officials', 'First clash'), claim('not-full-scale', 'seoul', 'Not yet in full-scale combat', ['first-clash'])];
const sources = new Map(['zelenskyy', 'state', 'officials', 'seoul'].map((id) => [id, { id, data: { name: `Name of ${id}` } as Source }]));
const rows = [row('a', 'up-to-10000', 'U.S. State Department', { low: 0, high: 3_000, stated: 3_000, shape: 'upper-bound', approximate: false, figure: 'up to 3,000' }), row('b', 'about-11000', 'Volodymyr Zelenskyy', { value: 11_000, stated: 11_000, high: 12_100, low: 9_900, figure: 'about 11,000' })];
const story = { tensions: figuresInTension(rows), links: claimLinks(claims), claimById: indexById(claims), sourceById: sources } as unknown as Story;

describe('claimContext(claim, story)', () => {
	it('gives both figures in a tension the other, naming who gave it, linked to its claim', () => {
		expect(claimContext('about-11000', story)).toEqual([{ kind: 'tension', other: 'up-to-10000', text: "In tension with U.S. State Department's up to 3,000 in the Kursk region (Mon 4 Nov 2024): the site's readings of the two figures do not overlap, so both cannot hold as stated", brief: "in tension with U.S. State Department's up to 3,000" }]);
		expect(claimContext('up-to-10000', story).map((c) => [c.kind, c.other])).toEqual([['tension', 'about-11000']]);
	});
	it('gives a qualified claim its qualifier, by its claimant and short statement', () => {
		expect(contextText(claimContext('first-clash', story))).toBe('Qualified by Name of seoul: Not yet in full-scale combat.');
	});
	it('gives a claim with neither nothing, and the qualifier itself no "qualified by"', () => {
		expect(claimContext('not-full-scale', story)).toEqual([]);
	});
});

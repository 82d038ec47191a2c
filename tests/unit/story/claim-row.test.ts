import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/schemas/claim.ts';
import type { Source } from '../../../src/schemas/source.ts';
import { attribution, claimLabel, claimRow } from '../../../src/story/claim-row.ts';
import { sideVocabulary } from '../../../src/story/story-index.ts';

const sides = sideVocabulary([
	{ id: 'ukraine', label: 'Ukraine', column: true },
	{ id: 'united-states', label: 'United States', column: true },
	{ id: 'press', label: 'News media', column: false },
]);

const source = (id: string, name: string, side: Source['side']) => [id, { id, data: { name, role: '', kind: 'official', side } as Source }] as const;
const sources = new Map([
	source('kyiv-officials', 'Senior Ukrainian officials', 'ukraine'),
	source('us-officials', 'Senior U.S. officials', 'united-states'),
	source('nyt', 'The New York Times', 'press'),
	source('ani', 'ANI', 'press'),
	source('hbtv', 'HBTV', 'press'),
]);
const claim = (over: Partial<Claim>): { id: string; data: Claim } => ({
	id: 'first-clash',
	data: {
		statement: 'North Korean troops have clashed with Ukrainian forces for the first time in Russia\'s war against Ukraine.',
		claimant: ['kyiv-officials', 'us-officials'],
		reportedBy: ['nyt', 'ani', 'hbtv'],
		stated: { value: '2024-11-06', precision: 'by', wording: 'November 6' },
		status: 'reported', assessed: '2026-11-25', places: [], topics: ['combat'], supports: [], contradicts: [], qualifies: [], aliases: [], corrections: [],
		...over,
	},
});

describe('attribution(claim, sources, articleOutlets)', () => {
	it('names the claimants and the outlet the claim came through, leaving out the article\'s own', () => {
		expect(attribution(claim({}).data, sources, ['hbtv', 'ani'])).toBe('Senior Ukrainian officials and Senior U.S. officials, via The New York Times');
	});
	it('says no "via" when the article carried the claim itself, or the claimant is the outlet', () => {
		expect(attribution(claim({ reportedBy: ['ani', 'hbtv'] }).data, sources, ['hbtv', 'ani'])).toBe('Senior Ukrainian officials and Senior U.S. officials');
		expect(attribution(claim({ claimant: ['nyt'] }).data, sources, ['hbtv', 'ani'])).toBe('The New York Times');
	});
});

describe('claimLabel(claim)', () => {
	it('is the claim\'s own short words when it has them, else its statement cut at a word', () => {
		expect(claimLabel({ statement: 'x', short: 'First clash' })).toBe('First clash');
		expect(claimLabel(claim({}).data)).toBe('North Korean troops have clashed with Ukrainian forces for…');
	});
});

describe('claimRow(claim, sources, articleOutlets, sides)', () => {
	it('shows an undated claim as undated, bounded by the dateline, and a dated one by its day', () => {
		expect(claimRow(claim({}), sources, ['ani', 'hbtv'], sides)).toMatchObject({ date: 'undated; reported by Wed 6 Nov 2024', dated: false, sides: ['ukraine', 'united-states'], sideLabels: ['Ukraine', 'United States'] });
		const dated = claimRow(claim({ stated: { value: '2024-11-04', precision: 'day', wording: 'on Monday' } }), sources, ['ani', 'hbtv'], sides);
		expect(dated).toMatchObject({ date: 'Mon 4 Nov 2024', dated: true, datetime: '2024-11-04' });
	});
});

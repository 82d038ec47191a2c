import { describe, expect, it } from 'vitest';
import { dateReadings } from '../../../src/story/date-readings.ts';

describe('dateReadings(dates, published)', () => {
	const published = '2024-11-06';
	const readings = dateReadings(
		[
			{ value: '2024-11-06', precision: 'by', wording: 'November 6', basis: 'undated' },
			{ value: '2024-11-05', precision: 'day', wording: 'on Tuesday' },
			{ value: '2024-11-05', precision: 'day', wording: 'On Tuesday' },
			{ value: '2022-02', precision: 'month', wording: 'February 2022' },
			{ value: '2023', precision: 'year', wording: 'last year' },
			{ value: '2024-11-06', precision: 'day', wording: 'November 6' },
		],
		published,
	);
	it('lists each wording once, whatever its capitals, and the dateline once with both its uses', () => {
		expect(readings.map((r) => r.wording)).toEqual(['November 6', 'on Tuesday', 'February 2022', 'last year']);
		expect(readings[0]).toMatchObject({ resolved: 'Wednesday 6 November 2024', bound: true });
	});
	it('says the year is our inference when the wording has none, and as written when it has one', () => {
		expect(Object.fromEntries(readings.map((r) => [r.wording, r.basis]))).toEqual({ 'November 6': 'inferred-year', 'on Tuesday': 'inferred-year', 'February 2022': 'as-written', 'last year': 'inferred-year' });
	});
});

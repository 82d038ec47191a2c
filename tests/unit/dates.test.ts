import { describe, expect, it } from 'vitest';
import { byDate, formatDate, formatDateShort, isDated, resolveRelativeDate, weekdayOf } from '../../src/story/dates.ts';

const published = '2024-11-06';

describe('resolveRelativeDate(phrase, published)', () => {
	it('reads a weekday as the latest such day on or before publication', () => {
		expect(resolveRelativeDate('on Monday', published)).toEqual({ value: '2024-11-04', precision: 'day' });
		expect(resolveRelativeDate('On Tuesday', published)).toEqual({ value: '2024-11-05', precision: 'day' });
		expect(resolveRelativeDate('on Wednesday', published)).toEqual({ value: '2024-11-06', precision: 'day' });
		expect(resolveRelativeDate('Thursday', published)).toEqual({ value: '2024-10-31', precision: 'day' });
	});
	it('reads "last year" as the year before publication', () => {
		expect(resolveRelativeDate('last year', published)).toEqual({ value: '2023', precision: 'year' });
	});
	it('reads a month alone as the latest such month not after publication', () => {
		expect(resolveRelativeDate('In June', published)).toEqual({ value: '2024-06', precision: 'month' });
		expect(resolveRelativeDate('in December', published)).toEqual({ value: '2023-12', precision: 'month' });
	});
	it('reads absolute wording as written', () => {
		expect(resolveRelativeDate('February 2022', published)).toEqual({ value: '2022-02', precision: 'month' });
		expect(resolveRelativeDate('November 6', published)).toEqual({ value: '2024-11-06', precision: 'day' });
		expect(resolveRelativeDate('the Korean War (1950–53)', published)).toEqual({ value: '1950/1953', precision: 'range' });
	});
	it('returns undefined for wording it cannot read', () => {
		expect(resolveRelativeDate('recently', published)).toBeUndefined();
		expect(resolveRelativeDate('soon after the treaty', published)).toBeUndefined();
	});
});

describe('weekdayOf(day)', () => {
	it('finds that 6 November 2024, the inferred date of the article, was a Wednesday', () => {
		expect(weekdayOf('2024-11-06')).toBe('Wednesday');
	});
});

describe('formatDate(date)', () => {
	it('writes each precision as a reader reads it', () => {
		expect(formatDate({ value: '2024-11-05', precision: 'day' })).toBe('Tuesday 5 November 2024');
		expect(formatDate({ value: '2024-06', precision: 'month' })).toBe('June 2024');
		expect(formatDate({ value: '2023', precision: 'year' })).toBe('2023');
		expect(formatDate({ value: '1950/1953', precision: 'range' })).toBe('1950–1953');
	});
});

describe('byDate(get)', () => {
	it('orders a range by its start and a year before its own months', () => {
		const dates = [
			{ value: '2024-06', precision: 'month' as const },
			{ value: '2024', precision: 'year' as const },
			{ value: '1950/1953', precision: 'range' as const },
			{ value: '2024-01-02', precision: 'day' as const },
		];
		expect([...dates].sort(byDate((d) => d)).map((d) => d.value)).toEqual(['1950/1953', '2024', '2024-01-02', '2024-06']);
	});
});

describe('a claim the article does not date (precision "by")', () => {
	const undated = { value: '2024-11-06', precision: 'by' as const };
	it('reads as undated, reported by the dateline, never as said on that day', () => {
		expect(formatDate(undated)).toBe('undated; reported by Wednesday 6 November 2024');
		expect(formatDateShort(undated)).toBe('undated; reported by Wed 6 Nov 2024');
		expect(isDated(undated)).toBe(false);
	});
	it('leaves a dated claim dated', () => {
		expect(formatDateShort({ value: '2024-11-05', precision: 'day' })).toBe('Tue 5 Nov 2024');
		expect(isDated({ value: '2024-11-05', precision: 'day' })).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import { basedOn, creditedWording, daySpan, reportCredit, reportIdOf } from '../../../src/story/reports.ts';

const report = (id: string, day: string, outlet = 'hbtv') => ({ id, data: { outlet, dateline: 'Seoul', published: { value: day, precision: 'day' as const, wording: 'x' } } });
const sources = new Map([
	['hbtv', { id: 'hbtv', data: { name: 'HBTV' } }],
	['fixture-post', { id: 'fixture-post', data: { name: 'The Fixture Post' } }],
]) as unknown as Parameters<typeof reportCredit>[1];

describe('reports', () => {
	it('reportIdOf is the first report a claim names, else the report the story names as its first (never the earliest on file)', () => {
		expect(reportIdOf({ reports: ['later', 'first'] }, 'first')).toBe('later');
		expect(reportIdOf({ reports: [] }, 'first')).toBe('first');
		expect(reportIdOf({}, 'first')).toBe('first');
	});
	it('reportCredit and creditedWording say whose words a date is: "(HBTV, 6 Nov 2024: ‘on Tuesday’)"', () => {
		expect(creditedWording(reportCredit(report('a', '2024-11-06'), sources), 'on Tuesday')).toBe('HBTV, 6 Nov 2024: “on Tuesday”');
		expect(reportCredit(report('b', '2024-11-08', 'fixture-post'), sources)).toBe('The Fixture Post, 8 Nov 2024');
	});
	it('basedOn reads "Based on 1 report", then counts reports and the days they span', () => {
		expect(basedOn([report('a', '2024-11-06')])).toBe('Based on 1 report');
		expect(basedOn([report('a', '2024-11-06'), report('b', '2024-11-08'), report('c', '2024-11-09')])).toBe('Based on 3 reports, 6–9 November 2024');
	});
	it('daySpan joins days as a reader would', () => {
		expect(daySpan('2024-11-06', '2024-11-06')).toBe('6 November 2024');
		expect(daySpan('2024-10-30', '2024-11-02')).toBe('30 October – 2 November 2024');
		expect(daySpan('2024-12-30', '2025-01-02')).toBe('30 December 2024 – 2 January 2025');
	});
});

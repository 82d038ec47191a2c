import { describe, expect, it } from 'vitest';
import { statusChanges, statusRecordProblem } from '../../../src/story/status-history.ts';

const change = (date: string, from: 'reported' | 'confirmed' | 'disputed', to: 'reported' | 'confirmed' | 'disputed') => ({ date, from, to, note: 'why' });

describe('statusChanges(claim)', () => {
	it('takes the corrections that change the status, oldest first, and leaves the others', () => {
		const corrections = [
			{ date: '2026-12-02', note: 'b', status: { from: 'confirmed' as const, to: 'disputed' as const } },
			{ date: '2026-11-30', note: 'typo fixed' },
			{ date: '2026-11-28', note: 'a', status: { from: 'reported' as const, to: 'confirmed' as const } },
		];
		expect(statusChanges({ corrections }).map((c) => [c.date, c.from, c.to])).toEqual([
			['2026-11-28', 'reported', 'confirmed'],
			['2026-12-02', 'confirmed', 'disputed'],
		]);
	});
});

describe('statusRecordProblem(current, recorded, changes)', () => {
	it('accepts a status as recorded, and a new claim with no record yet', () => {
		expect(statusRecordProblem('reported', 'reported', [])).toBeUndefined();
		expect(statusRecordProblem('reported', undefined, [])).toBeUndefined();
	});
	it('refuses a silent change, showing the correction to add', () => {
		expect(statusRecordProblem('confirmed', 'reported', [])).toMatch(/was published as "reported" and is now "confirmed", with no correction on the record[\s\S]*status: \{ from: reported, to: confirmed \}/);
	});
	it('accepts a change with its correction, before and after npm run manifest records it', () => {
		const history = [change('2026-11-28', 'reported', 'confirmed')];
		expect(statusRecordProblem('confirmed', 'reported', history)).toBeUndefined();
		expect(statusRecordProblem('confirmed', 'confirmed', history)).toBeUndefined();
	});
	it('refuses a history that does not end at the status the claim has, or does not follow on', () => {
		expect(statusRecordProblem('disputed', 'reported', [change('2026-11-28', 'reported', 'confirmed')])).toMatch(/latest status change \(2026-11-28\) is to "confirmed"/);
		expect(statusRecordProblem('disputed', 'reported', [change('2026-11-28', 'reported', 'confirmed'), change('2026-12-01', 'reported', 'disputed')])).toMatch(/do not follow on/);
	});
});

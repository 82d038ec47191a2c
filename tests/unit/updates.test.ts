import { describe, expect, it } from 'vitest';
import { claimLastUpdated } from '../../src/model/updates.ts';

describe('claimLastUpdated(claim)', () => {
	it('is the day the status was assessed when there is no correction', () => {
		expect(claimLastUpdated({ data: { assessed: '2024-11-06', corrections: [] } })).toBe('2024-11-06');
	});
	it('is the latest correction when one is later than the assessment', () => {
		expect(claimLastUpdated({ data: { assessed: '2024-11-06', corrections: [{ date: '2024-11-09' }, { date: '2024-11-08' }] } })).toBe('2024-11-09');
	});
	it('never goes back before the assessment', () => {
		expect(claimLastUpdated({ data: { assessed: '2024-11-10', corrections: [{ date: '2024-11-08' }] } })).toBe('2024-11-10');
	});
});

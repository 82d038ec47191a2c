import { describe, expect, it } from 'vitest';
import { firstPublication } from '../../../src/story/first-published.ts';

const claim = (id: string, aliases: string[] = []) => ({ id, data: { aliases } });

describe('firstPublication(claim, days): the day and id a claim was first published under', () => {
	it('takes the earliest day recorded under the claim id or any alias', () => {
		expect(firstPublication(claim('new-id', ['old-id']), { 'old-id': '2026-11-25', 'new-id': '2026-11-28' })).toEqual({ id: 'old-id', date: '2026-11-25' });
	});
	it('is undefined for a claim never recorded, even when its id names a built-in property of every object', () => {
		for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
			expect(firstPublication(claim(id), {})).toBeUndefined();
		}
	});
});

import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../../src/story/urls.ts';

// The browser code reads the claim a shared link names from its fragment: a malformed one must
// not throw (decodeURIComponent('%') does), so the page still opens.
const rows: [string, string][] = [
	['#first-clash-reported', 'first-clash-reported'],
	['#caf%C3%A9', 'café'],
	['#%', '%'],
	['#%E0%A4%A', '%E0%A4%A'],
	['#%zz-claim', '%zz-claim'],
	['', ''],
	['#', ''],
];

describe('fragmentId(hash)', () => {
	it.each(rows)('reads %j as %j without throwing', (hash, id) => {
		expect(rows).toHaveLength(7);
		expect(fragmentId(hash)).toBe(id);
	});
});

import { describe, expect, it } from 'vitest';
import { claimIdFromPath, nearestClaim } from '../../../src/story/nearest-claim.ts';

const known = [
	{ id: 'zelenskyy-urges-support', claim: 'zelenskyy-urges-support' },
	{ id: 'sk-no-full-scale-combat-yet', claim: 'sk-no-full-scale-combat-yet' },
	{ id: 'sk-defence-10000-in-russia', claim: 'sk-defence-10000-in-russia' },
	{ id: 'old-name', claim: 'sk-defence-10000-in-russia' },
];

describe('claimIdFromPath(pathname)', () => {
	it('reads the id of a claim page address, and nothing else', () => {
		expect(claimIdFromPath('/claims/Zelenskyy-Urges-Suport/')).toBe('zelenskyy-urges-suport');
		expect(claimIdFromPath('/claims/sk-no%20full')).toBe('sk-no full');
		expect(claimIdFromPath('/questions/x/')).toBeUndefined();
	});
});

describe('nearestClaim(typed, known)', () => {
	it('finds a mistyped id', () => {
		expect(nearestClaim('zelenskyy-urges-suport', known)).toBe('zelenskyy-urges-support');
	});
	it('finds an id a chat app cut short', () => {
		expect(nearestClaim('sk-no-full-scale', known)).toBe('sk-no-full-scale-combat-yet');
	});
	it('leads an old alias, mistyped, to the claim it names now', () => {
		expect(nearestClaim('old-nam', known)).toBe('sk-defence-10000-in-russia');
	});
	it('suggests nothing for an address that is nothing like a claim', () => {
		expect(nearestClaim('completely-different-thing', known)).toBeUndefined();
		expect(nearestClaim('', known)).toBeUndefined();
	});
});

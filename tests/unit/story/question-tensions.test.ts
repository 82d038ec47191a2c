import { describe, expect, it } from 'vitest';
import { tensionsByQuestion } from '../../../src/story/question-tensions.ts';

const question = (id: string, claims: string[]) => ({ id, data: { claims } });

describe('tensionsByQuestion(questions, tensions, claimsOf)', () => {
	it('puts each tension under the first question citing both of its claims, and nowhere else', () => {
		const questions = [question('where', ['kyiv-11000']), question('how-many', ['kyiv-11000', 'us-10000']), question('where-else', ['kyiv-11000', 'us-10000'])];
		const shown = tensionsByQuestion(questions, [{ a: 'kyiv-11000', b: 'us-10000' }], (t) => [t.a, t.b]);
		expect([...shown.keys()]).toEqual(['how-many']);
	});
	it('shows a tension no question cites both sides of under none', () => {
		expect(tensionsByQuestion([question('q', ['a'])], [{ a: 'a', b: 'b' }], (t) => [t.a, t.b]).size).toBe(0);
	});
});

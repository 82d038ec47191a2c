import { describe, expect, it } from 'vitest';
import { numberInWords } from '../../src/content-check/claim-checks.ts';

describe('numberInWords(wording): the number a figure\'s words give, checked against its value', () => {
	it('reads digits with commas, and "million", "thousand" and "hundred" after them', () => {
		expect(numberInWords('approximately 11,000')).toBe(11_000);
		expect(numberInWords('1.2 million soldiers')).toBe(1_200_000);
		expect(numberInWords('some 15-hundred special forces')).toBe(1_500);
		expect(numberInWords('about 3 thousand')).toBe(3_000);
	});
	it('gives nothing for words without digits, or a number partly spelled out', () => {
		expect(numberInWords('hundreds of suspected soldiers')).toBeUndefined();
		expect(numberInWords('another four-thousand-100 injured')).toBeUndefined();
	});
});

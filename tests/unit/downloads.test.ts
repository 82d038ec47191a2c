import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/outputs/downloads.ts';

describe('toCsv(records)', () => {
	it('writes a cell a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
		for (const formula of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)']) {
			const [row] = parse(toCsv([{ statement: formula, count: 3 }]), { columns: true }) as Record<string, string>[];
			expect(row!.statement).toBe(`'${formula}`);
		}
	});
	it('leaves ordinary text and numbers as they are', () => {
		const [row] = parse(toCsv([{ statement: 'About 11,000 "soldiers"', count: 11000 }]), { columns: true }) as Record<string, string>[];
		expect(row).toEqual({ statement: 'About 11,000 "soldiers"', count: '11000' });
	});
});

import { describe, expect, it } from 'vitest';
import { claimRowsOf, htmlWeight } from '../../../commands/support/html-weight.ts';

const row = (id: string, inner = '') => `<article class="claim claim-row" id="${id}"><details><summary>${id}</summary>${inner}</details></article>`;

describe('htmlWeight', () => {
	it('finds each claim row up to its own closing tag, an article inside a row included', () => {
		const html = `<main><article class="story">intro</article>${row('a', '<article>quoted</article>')}${row('b')}</main>`;
		const rows = claimRowsOf(html);
		expect(rows.map(({ start, end }) => html.slice(start, end))).toEqual([row('a', '<article>quoted</article>'), row('b')]);
	});

	it('splits the compressed page into what the rows add and the rest', () => {
		const rest = `<html><body><h1>Every claim</h1>${'<p>The story told once, in words that repeat.</p>'.repeat(20)}`;
		const html = `${rest}${Array.from({ length: 12 }, (_, i) => row(`claim-${i}`, `<p>statement ${i * 7919}</p>`)).join('')}</body></html>`;
		const weight = htmlWeight(html);
		expect(weight.rows).toBe(12);
		expect(weight.rowBytes).toBeGreaterThan(0);
		expect(weight.restBytes + weight.rowBytes).toBe(weight.total);
		expect(htmlWeight(`${rest}</body></html>`).rows).toBe(0);
	});
});

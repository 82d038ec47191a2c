import { describe, expect, it } from 'vitest';
import { CITATION_FORMATS, cslItem, type ClaimCitation } from '../../src/outputs/citations/index.ts';
import { apaReference } from '../../src/outputs/citations/apa.ts';
import { bibtexEntry } from '../../src/outputs/citations/bibtex.ts';
import { chicagoNote } from '../../src/outputs/citations/chicago.ts';
import { risRecord } from '../../src/outputs/citations/ris.ts';
import { wikipediaCiteWeb } from '../../src/outputs/citations/wikipedia.ts';
import { parseBibtex, parseRis, renderApa } from '../support/citation-parsers.ts';

const plain: ClaimCitation = {
	id: 'umerov-first-encounter',
	url: 'https://kursk-explainer.example/claims/umerov-first-encounter/',
	title: 'Rustem Umerov: First encounter with North Korean troops',
	site: 'Kursk explainer',
	status: 'Officially stated',
	assessed: '2026-11-05',
	accessed: '2026-11-30',
};
/** A title and quote with every character a citation format treats specially. */
const awkward: ClaimCitation = {
	...plain,
	id: 'kim-gambling',
	url: 'https://kursk-explainer.example/claims/kim-gambling/',
	title: `Kim Jong Un's aide: Kim is "gambling" with 10% {of} #1 a_b ~ ^ \\ | [sic] & more`,
	quote: 'a "new page" | of {instability}',
};

describe('a claim\'s citations', () => {
	it('offers six forms, each carrying the permanent address, the status and the day assessed', () => {
		expect(CITATION_FORMATS.map((format) => format.id)).toEqual(['wikipedia', 'apa', 'chicago', 'bibtex', 'ris', 'csl-json']);
		for (const format of CITATION_FORMATS) {
			const text = format.format(plain);
			expect(text, format.id).toContain(plain.url);
			expect(text, format.id).toContain('Officially stated');
			expect(text, format.id).toMatch(/2026-11-05|November 5, 2026|2026, November 5|2026\/11\/05|\[\s*2026,\s*11,\s*5\s*\]/);
		}
	});

	it('gives Wikipedia a {{cite web}} whose values cannot break the template', () => {
		expect(wikipediaCiteWeb(plain)).toBe(
			'{{cite web |url=https://kursk-explainer.example/claims/umerov-first-encounter/ |title=Rustem Umerov: First encounter with North Korean troops |website=Kursk explainer |type=Claim, status: Officially stated |date=2026-11-05 |access-date=2026-11-30}}',
		);
		const text = wikipediaCiteWeb(awkward);
		const parameters = text.slice('{{cite web '.length, -2).split(' |');
		expect(parameters.map((p) => p.replace(/^\|/, '').split('=')[0])).toEqual(['url', 'title', 'website', 'type', 'date', 'access-date', 'quote']);
		expect(text.slice(2, -2)).not.toMatch(/[{}[\]]/);
		expect(text).toContain('|quote=a "new page" &#124; of &#123;instability&#125;');
	});

	it('writes APA exactly as citeproc-js renders the CSL-JSON in APA style', () => {
		const rendered = renderApa([plain, awkward].map(cslItem));
		expect(rendered.size).toBe(2);
		for (const citation of [plain, awkward]) expect(apaReference(citation)).toBe(rendered.get(citation.id));
		expect(apaReference(plain)).toBe('Kursk explainer. (2026, November 5). Rustem Umerov: First encounter with North Korean troops [Claim, status: Officially stated]. https://kursk-explainer.example/claims/umerov-first-encounter/');
	});

	it('writes a Chicago note with the title quoted, quotes inside it made single', () => {
		expect(chicagoNote(plain)).toBe(
			'“Rustem Umerov: First encounter with North Korean troops,” Kursk explainer, claim, status: Officially stated, last assessed November 5, 2026, accessed November 30, 2026, https://kursk-explainer.example/claims/umerov-first-encounter/.',
		);
		expect(chicagoNote(awkward)).toContain('“Kim Jong Un’s aide: Kim is ‘gambling’ with');
		expect(chicagoNote({ ...plain, title: 'Aide: Kim is "gambling"' })).toContain('“Aide: Kim is ‘gambling,’” Kursk explainer');
		expect(chicagoNote({ ...plain, title: 'Aide: Is Kim gambling?' })).toContain('“Aide: Is Kim gambling?” Kursk explainer');
	});

	it('writes BibTeX that a BibTeX parser reads back to the same title, address and dates', () => {
		for (const citation of [plain, awkward]) {
			// Read as written: Better BibTeX's parser would otherwise sentence-case English titles for Zotero.
			const library = parseBibtex(bibtexEntry(citation), { english: false });
			expect(library.errors).toEqual([]);
			expect(library.entries).toHaveLength(1);
			const [entry] = library.entries;
			expect(entry!.type).toBe('misc');
			expect(entry!.key).toBe(citation.id);
			expect(entry!.fields.title).toBe(citation.title);
			expect(entry!.fields.author).toEqual([{ name: citation.site }]);
			expect(entry!.fields.url).toBe(citation.url);
			expect(entry!.fields.date).toBe(citation.assessed);
			expect(entry!.fields.urldate).toBe(citation.accessed);
			expect(entry!.fields.note).toBe('Claim, status: Officially stated, as last assessed on 2026-11-05');
		}
	});

	it('writes RIS that citation-js reads back to the same title, address, date and status', async () => {
		for (const citation of [plain, awkward]) {
			const items = await parseRis(risRecord(citation));
			expect(items).toHaveLength(1);
			const [item] = items;
			expect(item).toMatchObject({
				type: 'webpage',
				title: citation.title,
				URL: citation.url,
				author: [{ literal: citation.site }],
				issued: { 'date-parts': [[2026, 11, 5]] },
				medium: 'Claim, status: Officially stated',
			});
		}
		expect(risRecord(awkward)).toContain('N1  - Quote: “a "new page" | of {instability}”');
		expect(risRecord(plain).split('\n').at(-1)).toBe('ER  - ');
	});
});

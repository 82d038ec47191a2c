import { glob, readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseBibtex, parseRis, renderApa } from '../support/citation-parsers.ts';

/** Text as Astro escapes it in element content and attributes, read back. */
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const meta = (html: string, name: string) => {
	const value = html.match(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`))?.[1];
	return value === undefined ? undefined : unescape(value);
};
/** Each citation form "Cite this claim" shows, by format id, as the reader copies it. */
const citationsOf = (html: string) =>
	new Map([...html.matchAll(/<copy-citation[^>]*data-format="([^"]+)"[^>]*>[\s\S]*?<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => [m[1]!, unescape(m[2]!)]));

const claimFiles = (await readdir('content/claims')).filter((file) => file.endsWith('.md'));
const claimPages: string[] = [];
for await (const file of glob('dist/claims/*/index.html')) {
	// Old ids (aliases) get a page that only redirects; the claim's own page cites it.
	if (!(await readFile(file, 'utf8')).includes('http-equiv="refresh"')) claimPages.push(file);
}
const HIGHWIRE = ['citation_title', 'citation_author', 'citation_publication_date', 'citation_public_url', 'citation_publisher'];
const DUBLIN_CORE = ['DC.title', 'DC.creator', 'DC.date', 'DC.identifier', 'DC.publisher'];

describe('"Cite this claim" on every claim page in dist/', () => {
	it('is on a page for every claim in content/claims', () => {
		expect(claimFiles.length).toBeGreaterThan(0);
		expect(claimPages.length).toBe(claimFiles.length);
	});

	it('offers the six forms, each with the page\'s permanent address, the claim\'s status and the day it was assessed', async () => {
		expect(claimPages.length).toBeGreaterThan(0);
		for (const file of claimPages) {
			const html = await readFile(file, 'utf8');
			const address = html.match(/<link rel="canonical" href="([^"]+)"/)![1]!;
			const citations = citationsOf(html);
			expect([...citations.keys()], file).toEqual(['wikipedia', 'apa', 'chicago', 'bibtex', 'ris', 'csl-json']);
			const [item] = JSON.parse(citations.get('csl-json')!) as { issued: { 'date-parts': number[][] }; genre: string }[];
			expect(item!.genre).toMatch(/^Claim, status: (Confirmed|Officially stated|Reported|Background|Disputed|Unverified)$/);
			const assessed = item!.issued['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('-');
			expect(html, file).toContain(`<time datetime="${assessed}"`);
			for (const [format, text] of citations) {
				expect(text, `${file} ${format}`).toContain(address);
				expect(text, `${file} ${format}`).toContain(item!.genre.replace('Claim, status: ', ''));
			}
			expect(citations.get('wikipedia')).toMatch(new RegExp(`^\\{\\{cite web \\|url=${address.replace(/[.]/g, '\\.')} \\|title=[^|]+: [^|]+ \\|website=[^|]+ \\|type=Claim, status: [^|]+ \\|date=${assessed} \\|access-date=\\d{4}-\\d{2}-\\d{2}( \\|quote=[^|]+)?\\}\\}$`));
		}
	});

	it('gives BibTeX and RIS that their parsers read back to the page\'s title and address', async () => {
		expect(claimPages.length).toBeGreaterThan(0);
		for (const file of claimPages) {
			const html = await readFile(file, 'utf8');
			const address = html.match(/<link rel="canonical" href="([^"]+)"/)![1]!;
			const title = meta(html, 'citation_title')!;
			const citations = citationsOf(html);
			const library = parseBibtex(citations.get('bibtex')!, { english: false });
			expect(library.errors, file).toEqual([]);
			expect(library.entries.map((entry) => [entry.type, entry.fields.title, entry.fields.url]), file).toEqual([['misc', title, address]]);
			const [record, ...more] = await parseRis(citations.get('ris')!);
			expect(more, file).toEqual([]);
			expect(record, file).toMatchObject({ type: 'webpage', title, URL: address });
		}
	});

	it('shows APA as citeproc-js renders the page\'s CSL-JSON in APA style, and the CSL-JSON is the file to download', async () => {
		expect(claimPages.length).toBeGreaterThan(0);
		const shown = new Map<string, string>();
		const items: { id: string }[] = [];
		for (const file of claimPages) {
			const html = await readFile(file, 'utf8');
			const citations = citationsOf(html);
			const [item] = JSON.parse(citations.get('csl-json')!) as { id: string }[];
			items.push(item!);
			shown.set(item!.id, citations.get('apa')!);
			expect(await readFile(file.replace(/index\.html$/, 'cite.json'), 'utf8'), file).toBe(citations.get('csl-json'));
			expect(html, file).toContain(`href="/claims/${item!.id}/cite.json"`);
		}
		const rendered = renderApa(items);
		expect(rendered.size).toBe(claimPages.length);
		for (const [id, apa] of shown) expect(apa, id).toBe(rendered.get(id));
	});
});

describe('citation metadata for reference managers in dist/', () => {
	it('is in the <head> of every claim page and of the story page: Highwire citation_* and Dublin Core tags, none empty', async () => {
		expect(claimPages.length).toBe(claimFiles.length);
		for (const file of [...claimPages, 'dist/index.html']) {
			const html = await readFile(file, 'utf8');
			const head = html.slice(0, html.indexOf('</head>'));
			for (const name of [...HIGHWIRE, ...DUBLIN_CORE]) expect(meta(head, name)?.trim(), `${file} ${name}`).toBeTruthy();
			const address = html.match(/<link rel="canonical" href="([^"]+)"/)![1]!;
			expect(meta(head, 'citation_public_url'), file).toBe(address);
			expect(meta(head, 'DC.identifier'), file).toBe(address);
			expect(meta(head, 'citation_publication_date'), file).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
			expect(meta(head, 'DC.date'), file).toBe(meta(head, 'citation_publication_date')!.replaceAll('/', '-'));
		}
	});

	it('titles a claim with its claimant, as its page does', async () => {
		expect(claimPages.length).toBeGreaterThan(0);
		for (const file of claimPages) {
			const html = await readFile(file, 'utf8');
			const title = unescape(html.match(/<title>([^<]*)<\/title>/)![1]!);
			expect(meta(html, 'citation_title'), file).toBe(title);
			expect(title, file).toMatch(/^[^:]+: ./);
		}
	});
});

// The real parsers a citer's tools use, to check the site's citations against: BibTeX (Better
// BibTeX's parser), RIS (citation-js) and citeproc-js with the APA style and en-US locale that
// ship inside @citation-js/plugin-csl.
import { createRequire } from 'node:module';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import CSL from 'citeproc';

const require = createRequire(import.meta.url);
const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;

export { parseBibtex };

/** A RIS text read as CSL-JSON items, as citation-js imports it. */
export async function parseRis(text: string): Promise<Record<string, unknown>[]> {
	const cite = await Cite.async(text, { forceType: '@ris/file' });
	return cite.data as Record<string, unknown>[];
}

/**
 * CSL-JSON items rendered by citeproc-js in APA (7th edition), as plain text, by item id, each
 * as its own one-entry reference list (as each claim's page cites it alone: no "2026a, 2026b").
 * One engine renders them all: reading the APA style takes citeproc seconds.
 */
export function renderApa(items: readonly { id: string }[]): Map<string, string> {
	const byId = new Map(items.map((item) => [item.id, item]));
	const engine = new CSL.Engine({ retrieveLocale: (lang: string) => locales[lang]!, retrieveItem: (id: string) => byId.get(id) }, styles.apa!, 'en-US');
	engine.setOutputFormat('text');
	const rendered = new Map<string, string>();
	for (const id of byId.keys()) {
		engine.updateItems([id]);
		const [, entries] = engine.makeBibliography() as [unknown, string[]];
		rendered.set(id, entries[0]!.trim());
	}
	return rendered;
}

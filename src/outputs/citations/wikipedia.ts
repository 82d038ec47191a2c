import { citationGenre, type ClaimCitation } from './claim-citation.ts';

/** Text made safe as a template parameter's value: on one line, with no character that ends a parameter, a template or a link. */
const wikiValue = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[|{}[\]]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Wikipedia's `{{cite web}}`: the claim page's address and title, the website, the claim's
 * status as its `type`, the day it was last assessed as its `date`, the access date and the
 * article's own words where the claim rests on a quotation.
 */
export function wikipediaCiteWeb(citation: ClaimCitation): string {
	const parameters: [string, string][] = [
		['url', citation.url],
		['title', citation.title],
		['website', citation.site],
		['type', citationGenre(citation)],
		['date', citation.assessed],
		['access-date', citation.accessed],
	];
	if (citation.quote) parameters.push(['quote', citation.quote]);
	return `{{cite web ${parameters.map(([name, value]) => `|${name}=${wikiValue(value)}`).join(' ')}}}`;
}

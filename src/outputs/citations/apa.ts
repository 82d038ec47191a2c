import { citationGenre, type ClaimCitation } from './claim-citation.ts';
import { dayParts, monthName } from './citation-dates.ts';
import { curlyQuotes } from './typography.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * APA (7th edition) reference for a web page whose author is the site itself, which APA then
 * leaves out as the site's name: "Kursk explainer. (2026, November 25). Rustem Umerov: First
 * encounter with North Korean troops [Claim, status: Officially stated]. https://…". The same
 * text citeproc-js renders from the CSL-JSON in APA style, as plain text.
 */
export function apaReference(citation: ClaimCitation): string {
	const [year, , day] = dayParts(citation.assessed);
	const author = oneLine(citation.site).replace(/\.$/, '');
	return `${author}. (${year}, ${monthName(citation.assessed)} ${day}). ${curlyQuotes(oneLine(citation.title))} [${citationGenre(citation)}]. ${citation.url}`;
}

import { citationGenre, type ClaimCitation } from './claim-citation.ts';
import { monthDayYear } from './citation-dates.ts';
import { curlyQuotes, nestedQuotes } from './typography.ts';

/** A title in Chicago's quotation marks, with the comma that follows it inside them (none after ? or !). */
function quotedTitle(title: string): string {
	const text = nestedQuotes(curlyQuotes(title.replace(/\s+/g, ' ').trim())).replace(/\.$/, '');
	if (/[?!]$/.test(text)) return `\u201C${text}\u201D`;
	if (text.endsWith('\u2019')) return `\u201C${text.slice(0, -1)},\u2019\u201D`;
	return `\u201C${text},\u201D`;
}

/**
 * A Chicago (17th edition) note for a web page: title, site, what it is and its status, the day
 * last assessed, the access date and the address: “Rustem Umerov: First encounter…,” Kursk
 * explainer, claim, status: Officially stated, last assessed November 25, 2026, accessed …, https://….
 */
export function chicagoNote(citation: ClaimCitation): string {
	const genre = citationGenre(citation);
	const description = genre.charAt(0).toLowerCase() + genre.slice(1);
	return `${quotedTitle(citation.title)} ${citation.site}, ${description}, last assessed ${monthDayYear(citation.assessed)}, accessed ${monthDayYear(citation.accessed)}, ${citation.url}.`;
}

import { citationGenre, type ClaimCitation } from './claim-citation.ts';
import { dayParts } from './citation-dates.ts';

/** A day as RIS writes it: "2026/11/25/". */
const risDay = (day: string) => `${dayParts(day).map((n) => String(n).padStart(2, '0')).join('/')}/`;

/**
 * A RIS record of an electronic source (TY ELEC), one tag a line: the site as author and
 * publisher, the title, the day last assessed (DA, PY), the access date (Y2), the claim's status
 * as the kind of item (M3), the address (UR) and the article's own words (N1) where it has them.
 */
export function risRecord(citation: ClaimCitation): string {
	const tags: [string, string][] = [
		['TY', 'ELEC'],
		['AU', citation.site],
		['TI', citation.title],
		['PY', String(dayParts(citation.assessed)[0])],
		['DA', risDay(citation.assessed)],
		['Y2', risDay(citation.accessed)],
		['M3', citationGenre(citation)],
		['PB', citation.site],
		['UR', citation.url],
	];
	if (citation.quote) tags.push(['N1', `Quote: “${citation.quote}”`]);
	tags.push(['ER', '']);
	return tags.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`).join('\n');
}

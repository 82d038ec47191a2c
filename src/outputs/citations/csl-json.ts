import { citationGenre, type ClaimCitation } from './claim-citation.ts';
import { dayParts } from './citation-dates.ts';

/**
 * The claim as one CSL-JSON item (the format of citeproc-js, Zotero and Pandoc): a web page by
 * the site as an organisation, dated the day it was last assessed, with its status as genre.
 * No container title: APA leaves out a site's name when the site is the author.
 */
export function cslItem(citation: ClaimCitation) {
	return {
		id: citation.id,
		type: 'webpage',
		title: citation.title,
		author: [{ literal: citation.site }],
		genre: citationGenre(citation),
		URL: citation.url,
		issued: { 'date-parts': [dayParts(citation.assessed)] },
		accessed: { 'date-parts': [dayParts(citation.accessed)] },
		...(citation.quote ? { note: `Quote: “${citation.quote}”` } : {}),
	};
}

/** The CSL-JSON file of one claim: an array of its one item, as reference managers import it, with each date on one line. */
export const cslJson = (citation: ClaimCitation) =>
	JSON.stringify([cslItem(citation)], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]');

import { citationGenre, type ClaimCitation } from './claim-citation.ts';
import { dayParts } from './citation-dates.ts';

const SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/** Text made literal inside a BibTeX field: LaTeX's special characters escaped, on one line. */
export const bibtexText = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[\\{}%&$#_~^]/g, (c) => SPECIAL[c]!);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX `@misc` entry keyed by the claim's id, readable by BibTeX and biblatex alike: the
 * site as its (organisation) author, the title in double braces so its case is kept, the
 * address both as `howpublished` and `url`, the day last assessed and the access date, and
 * the claim's status in `note`.
 */
export function bibtexEntry(citation: ClaimCitation): string {
	const [year, month] = dayParts(citation.assessed);
	const fields: [string, string][] = [
		['author', `{{${bibtexText(citation.site)}}}`],
		['title', `{{${bibtexText(citation.title)}}}`],
		['howpublished', `{\\url{${citation.url}}}`],
		['url', `{${citation.url}}`],
		['year', `{${year}}`],
		['month', MONTHS[month - 1]!],
		['date', `{${citation.assessed}}`],
		['urldate', `{${citation.accessed}}`],
		['note', `{${bibtexText(`${citationGenre(citation)}, as last assessed on ${citation.assessed}`)}}`],
	];
	return `@misc{${citation.id},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}`;
}

/**
 * Straight quotation marks and apostrophes turned typographic, as citation styles print them
 * (and as citeproc-js renders a title): `Kim is "gambling"` → `Kim is “gambling”`, `Russia's` →
 * `Russia’s`. A mark opens after a space, a bracket or a dash, or at the start; it closes otherwise.
 */
export function curlyQuotes(text: string): string {
	return text
		.replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201C')
		.replace(/"/g, '\u201D')
		.replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
		.replace(/'/g, '\u2019');
}

/** Double typographic quotation marks made single, for a quotation inside another (Chicago's titles). */
export const nestedQuotes = (text: string) => text.replace(/\u201C/g, '\u2018').replace(/\u201D/g, '\u2019');

/**
 * Markdown reduced to readable text for search records and descriptions: claim citations keep
 * their text, emphasis and link syntax go, whitespace collapses.
 */
export function plainText(markdown: string): string {
	return markdown
		.replace(/:claim\[([^\]]*)\]\{[^}]*\}/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]*>/g, ' ')
		.replace(/[*_`#>]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

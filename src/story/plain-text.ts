/**
 * Markdown reduced to readable text for search records and descriptions: claim citations keep
 * their text, emphasis and link syntax go, whitespace collapses.
 */
export function plainText(markdown: string): string {
	return markdown
		// An editor's HTML comment is a note to editors: none of it reaches readers or the index.
		.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
		.replace(/:claim\[([^\]]*)\]\{[^}]*\}/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]*>/g, ' ')
		.replace(/[*_`#>]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

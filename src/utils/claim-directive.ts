import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/** A `:claim[text]{#id}` citation found in a Markdown body. */
export interface ClaimCitation {
	id: string | undefined;
	/** 1-based line within the body. */
	line: number;
}

/** Every `:claim` citation in a Markdown body, parsed exactly as the site's renderer parses it. */
export function findClaimCitations(markdown: string): ClaimCitation[] {
	const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;
	const found: ClaimCitation[] = [];
	visit(tree, (node) => {
		if ((node.type === 'textDirective' || node.type === 'leafDirective') && node.name === 'claim') {
			found.push({ id: node.attributes?.id ?? undefined, line: node.position?.start.line ?? 1 });
		}
	});
	return found;
}

import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { parseBody } from './body-tree.ts';
import { nearest } from './did-you-mean.ts';

/** A `:claim[text]{#id}` citation (or a directive that looks like a misspelt one) in a Markdown body. */
export interface ClaimCitation {
	id: string | undefined;
	/** 1-based line within the body. */
	line: number;
	/** The directive's name: "claim", or a near miss such as "cliam". */
	name: string;
}

/**
 * Every `:claim` citation in a Markdown body (text, leaf `::claim` or container `:::claim`),
 * parsed exactly as the site's renderer parses it, and every directive whose name is a near
 * miss of "claim". Other directives (`10:30`, `Update:Kyiv` read as `:30`, `:Kyiv`) are prose:
 * the renderer gives them back as written.
 */
export function findClaimCitations(body: string | Root): ClaimCitation[] {
	const tree = typeof body === 'string' ? parseBody(body) : body;
	const found: ClaimCitation[] = [];
	visit(tree, (node) => {
		if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
		if (node.name !== 'claim' && !nearest(node.name.toLowerCase(), ['claim'])) return;
		found.push({ id: node.attributes?.id ?? undefined, line: node.position?.start.line ?? 1, name: node.name });
	});
	return found;
}

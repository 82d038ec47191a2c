/**
 * remark plugin: turns a claim citation in prose into a link to that claim's anchor.
 *
 *   Markdown in:  Kyiv reports :claim[the first clashes]{#first-clash-reported}.
 *   HTML out:     Kyiv reports <a href="/#first-clash-reported" class="claim-ref">the first clashes</a>.
 *
 * Needs remark-directive before it. Whether the id exists is checked with all other references
 * by the content check (src/utils/integrity.ts), which fails the build on an unknown id.
 */
import type { Root } from 'mdast';
// Brings in the `hName`/`hProperties` fields that mdast-util-to-hast reads from node data.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { claimAnchorHref } from '../utils/urls.ts';

export function remarkClaimCitation() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
			if (node.name !== 'claim') return;
			const id = node.attributes?.id ?? '';
			node.data = { hName: 'a', hProperties: { href: claimAnchorHref(id), className: ['claim-ref'] } };
		});
	};
}

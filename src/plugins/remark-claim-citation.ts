/**
 * remark plugin: turns a claim citation in prose into a link to that claim's anchor, and gives
 * every other directive back as the text the editor wrote.
 *
 *   Markdown in:  Kyiv reports :claim[the first clashes]{#first-clash-reported} at 10:30.
 *   HTML out:     Kyiv reports <a href="/#first-clash-reported" class="claim-ref">the first clashes</a> at 10:30.
 *
 * remark-directive reads any `:word` as a directive ("10:30" as `:30`, "Update:Kyiv" as
 * `:Kyiv`) and would drop what follows the colon; only `claim` is ours. Needs remark-directive
 * before it. Whether a cited id exists, and "did you mean :claim" for a near miss, are checked
 * with all other references by the content check (src/content-check/integrity.ts), which fails the build.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
// Brings in the `hName`/`hProperties` fields that mdast-util-to-hast reads from node data.
import type {} from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { claimAnchorHref } from '../story/urls.ts';

export function remarkClaimCitation() {
	return (tree: Root, file: VFile) => {
		const source = String(file.value ?? '');
		visit(tree, (node, index, parent) => {
			if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
			if (node.name === 'claim') {
				const id = node.attributes?.id ?? '';
				node.data = { hName: 'a', hProperties: { href: claimAnchorHref(id), className: ['claim-ref'] } };
				return;
			}
			if (!parent || index === undefined) return;
			const { start, end } = node.position ?? {};
			const written = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `:${node.name}`;
			const text: PhrasingContent = { type: 'text', value: written };
			const replacement: RootContent = node.type === 'textDirective' ? text : ({ type: 'paragraph', children: [text] } satisfies Paragraph);
			parent.children.splice(index, 1, replacement as never);
			return [SKIP, index + 1];
		});
	};
}

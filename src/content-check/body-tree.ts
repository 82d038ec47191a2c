// A content file's Markdown body parsed as the site's renderer parses it (remark with
// directives), once per file: the claim-citation check and the image check read the same tree.
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { bodyNestingProblem } from './nesting.ts';

export const parseBody = (markdown: string) => unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;

const trees = new WeakMap<{ body: string }, Root>();

/**
 * The parsed body of a content file, kept with the file (a file read again with new text is a
 * new object). A body nested past the limit is not parsed (its file gets an error instead): it
 * reads as empty.
 */
export function bodyTree(entry: { body: string }): Root {
	let tree = trees.get(entry);
	if (!tree) trees.set(entry, (tree = bodyNestingProblem(entry.body) ? { type: 'root', children: [] } : parseBody(entry.body)));
	return tree;
}

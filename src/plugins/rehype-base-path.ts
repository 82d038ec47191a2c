// Last of a body's rehype plugins: puts the site's base path before every root-absolute address
// an editor wrote (Markdown links and images, raw HTML, claim citations), so a body's links
// work on a site published under a folder (a GitHub Pages project site, /repo/).
//
//   base '/kursk':  <a href="/#places">    →  <a href="/kursk/#places">
//                   <img src="/images/a.png">  →  <img src="/kursk/images/a.png">
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../story/base-path.ts';

const ATTRIBUTES = ['href', 'src', 'poster'];

/** `base`: the site's base path, from astro.config.mjs ('' at a domain's root: nothing changes). */
export function rehypeBasePath({ base = '' }: { base?: string } = {}) {
	return (tree: Root) => {
		if (!base) return;
		visit(tree, 'element', (node: Element) => {
			for (const attribute of ATTRIBUTES) {
				const value = node.properties?.[attribute];
				if (typeof value === 'string') node.properties[attribute] = withBase(value, base);
			}
		});
	};
}

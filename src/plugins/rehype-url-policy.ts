// After the sanitizer: drops every URL-bearing attribute whose address the site would not
// load or a reader should not follow (src/story/url-policy.ts), in every attribute that
// carries one, not only the few the sanitizer checks (href, src, cite, longdesc).
//
//   <source srcset="javascript:alert(1)">           →  <source>
//   <div itemtype="javascript:x">                     →  <div>
//   <source srcset="https://elsewhere.example/a.png"> →  <source>
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { URL_ATTRIBUTES, urlProblem } from '../story/url-policy.ts';

export function rehypeUrlPolicy() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			for (const [attribute, kind] of URL_ATTRIBUTES) {
				const value = node.properties?.[attribute];
				if (value === undefined || value === null) continue;
				if (urlProblem(String(Array.isArray(value) ? value.join(', ') : value), kind)) delete node.properties[attribute];
			}
		});
	};
}

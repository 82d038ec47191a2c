// Raw HTML in a Markdown body, checked as the site's renderer reads it (remark, then the HTML
// parser): what the sanitizer would silently drop, and what would silently drop the rest of a
// body, is refused with its line instead. An unclosed `<!--` or `<script>` swallows everything
// after it; `<style>`, `<template>` and `hidden` text would be kept out of sight but still read
// by search; an address the site would not load (another host's image, `javascript:`) is
// dropped. Allowed: the tags the sanitizer keeps (src/plugins/sanitize-schema.ts), with web or
// site addresses.
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { defaultSchema } from 'rehype-sanitize';
import { URL_ATTRIBUTES, urlProblem } from '../story/url-policy.ts';

/** The tags the sanitizer keeps (src/plugins/sanitize-schema.ts starts from GitHub's list). */
const ALLOWED_TAGS = new Set(defaultSchema.tagNames ?? []);

/** One problem in a body, at a 1-based line of the body. */
export interface BodyProblem {
	line: number;
	message: string;
}

/** Elements whose contents never show: refused, so that no hidden text is published or indexed. */
const HIDING = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'title', 'xmp', 'plaintext', 'noembed', 'noframes', 'select', 'svg', 'math']);

const hastTrees = new WeakMap<Root, HastRoot>();

/** The body as HTML elements (raw HTML parsed), with the lines they were written on; made once per tree. */
export function bodyHast(tree: Root): HastRoot {
	let hast = hastTrees.get(tree);
	if (!hast) hastTrees.set(tree, (hast = unified().use(rehypeRaw).runSync(toHast(tree, { allowDangerousHtml: true }) as HastRoot) as HastRoot));
	return hast;
}

/** Every problem with the raw HTML of a body (given as its parsed Markdown tree). */
export function bodyHtmlProblems(tree: Root): BodyProblem[] {
	const problems: BodyProblem[] = [];
	// An HTML comment left open runs to the end of the body, hiding all of it.
	visit(tree, 'html', (node) => {
		const open = node.value.lastIndexOf('<!--');
		if (open >= 0 && !node.value.includes('-->', open + 4)) {
			problems.push({ line: (node.position?.start.line ?? 1) + node.value.slice(0, open).split('\n').length - 1, message: 'has an HTML comment "<!--" that is never closed, which would hide the rest of the text: close it with "-->" or delete it' });
		}
	});
	visit(bodyHast(tree), 'element', (node: Element) => {
		const line = node.position?.start.line ?? 1;
		const tag = node.tagName;
		if (HIDING.has(tag)) {
			problems.push({ line, message: `has a <${tag}> element, which the site never shows${tag === 'script' || tag === 'style' ? ' (and would drop the text after an unclosed one)' : ''}: delete it` });
			return 'skip';
		}
		if (!ALLOWED_TAGS.has(tag)) problems.push({ line, message: `has a <${tag}> element, which the site does not publish: delete it, or write the text in Markdown` });
		const properties = node.properties ?? {};
		if (properties.hidden !== undefined && properties.hidden !== false) problems.push({ line, message: `has a hidden <${tag}> ("hidden"), whose text would be published out of sight: delete the hidden text, or make it visible` });
		for (const name of Object.keys(properties)) {
			if (/^on/i.test(name)) problems.push({ line, message: `has an event handler (${name.toLowerCase()}) on <${tag}>, which the site removes: delete it` });
		}
		for (const [attribute, kind] of URL_ATTRIBUTES) {
			const value = properties[attribute];
			// An image's own address is checked by the image policy (body-images.ts), with its own fix.
			if (value === undefined || value === null || (tag === 'img' && attribute === 'src')) continue;
			const problem = urlProblem(String(Array.isArray(value) ? value.join(', ') : value), kind);
			if (problem) problems.push({ line, message: `has <${tag} ${attribute.toLowerCase()}="${String(value)}">: ${problem}` });
		}
		return undefined;
	});
	return problems;
}

// What a Markdown body becomes on the page, through the same plugins as the site
// (src/plugins/body-plugins.ts, Astro's own heading ids after them): no address the site would
// not load survives in any attribute, and every heading's id carries the `content-` prefix, so a
// body can never take a claim's or a section's anchor.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyRehypePlugins } from '../../src/plugins/body-plugins.ts';

let render: (markdown: string) => Promise<string>;
beforeAll(async () => {
	const processor = await createMarkdownProcessor({ remarkPlugins: [remarkDirective], rehypePlugins: bodyRehypePlugins, syntaxHighlight: false });
	render = async (markdown) => (await processor.render(markdown)).code;
});

/** A body, what its HTML must contain, and what it must not. */
const rows: [string, string, string[], RegExp[]][] = [
	['<source srcset="javascript:…"> loses the srcset', '<picture><source srcset="javascript:alert(1)"><img src="/favicon.svg" alt="x"></picture>', ['<source>'], [/javascript/i]],
	['<source srcset="https://elsewhere…"> loses the srcset', '<picture><source srcset="https://elsewhere.example/a.png 2x"></picture>', ['<source>'], [/elsewhere/]],
	['a srcset with one foreign candidate among local ones loses it all', '<picture><source srcset="/a.png 1x, //elsewhere.example/b.png 2x"></picture>', ['<source>'], [/elsewhere|a\.png/]],
	['a local srcset is kept', '<picture><source srcset="/images/a.png 2x"></picture>', ['<source srcset="/images/a.png 2x">'], []],
	['itemtype="javascript:…" is dropped', '<div itemscope itemtype="javascript:alert(1)">x</div>', ['<div itemscope>x</div>'], [/javascript/i]],
	['itemtype with tabs in the scheme is dropped', '<div itemscope itemtype="java\tscript:alert(1)">x</div>', ['x</div>'], [/script:/i]],
	['a web itemtype is kept', '<div itemscope itemtype="https://schema.org/Thing">x</div>', ['itemtype="https://schema.org/Thing"'], []],
	['cite="javascript:…" is dropped', '<blockquote cite="javascript:alert(1)">q</blockquote>', ['<blockquote>'], [/javascript/i]],
	['a link to javascript: loses its address', '[click](javascript:alert(1))', ['<a>click</a>'], [/javascript/i]],
	['a web link is kept', '[the report](https://www.example.org/report)', ['href="https://www.example.org/report"'], []],
	['"## Sources" gets content-sources, never the section\'s #sources', '## Sources', ['<h2 id="content-sources">Sources</h2>'], [/id="sources"/]],
	['a heading named like a claim gets the prefix', '## First clash reported', ['<h2 id="content-first-clash-reported">'], [/id="first-clash-reported"/]],
	['an explicit heading id gets the prefix once', '<h2 id="key-questions">Q</h2>', ['<h2 id="content-key-questions">Q</h2>'], [/content-content-/, /id="key-questions"/]],
	['every level of heading gets it', '# One\n\n###### Six', ['<h1 id="content-one">', '<h6 id="content-six">'], []],
];

describe('a body on the page', () => {
	it.each(rows)('%s', async (_, markdown, present, absent) => {
		expect(rows).toHaveLength(14);
		const html = await render(markdown);
		for (const text of present) expect(html).toContain(text);
		for (const pattern of absent) expect(html).not.toMatch(pattern);
	});
});

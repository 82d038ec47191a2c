import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Reads a file of the built site. */
export const readDist = (file: string) => readFile(path.join('dist', file), 'utf8');

/** The first element in `html` that opens with `opening` (e.g. `<svg class="estimates-svg wide`), up to its matching close tag. */
export function extractElement(html: string, opening: string): string {
	const start = html.indexOf(opening);
	if (start < 0) throw new Error(`no element opening with ${opening}`);
	const tag = opening.slice(1).split(/[\s>]/)[0]!;
	let depth = 0;
	const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
	pattern.lastIndex = start;
	for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
		depth += match[1] ? -1 : 1;
		if (depth === 0) return html.slice(start, match.index + match[0].length);
	}
	throw new Error(`unclosed ${tag}`);
}

/** Markup made stable for snapshots: numbers to 3 decimals, no Astro scoping attributes, one tag per line. */
export function normaliseMarkup(markup: string): string {
	return markup
		.replace(/\s*data-astro-cid-[\w-]+(="[^"]*")?/g, '')
		.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
		.replace(/></g, '>\n<');
}

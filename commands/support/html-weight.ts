// What the story page's claim rows weigh in its HTML, and what the rest weighs: the byte budgets
// in budgets.ts are set on each part.
import { brotli } from './static-server.ts';

/** The story page's HTML, brotli-compressed as served: the rows' share and the rest's. */
export interface HtmlWeight {
	/** How many claim rows the HTML holds. */
	rows: number;
	/** Bytes the rows add to the compressed page (the page less the page without them). */
	rowBytes: number;
	/** The compressed page without its rows. */
	restBytes: number;
	total: number;
}

const ROW_OPENING = /<article class="claim[ "]/g;

/** Each claim row of `html` (an `<article class="claim …">` up to its own closing tag), in order. */
export function claimRowsOf(html: string): { start: number; end: number }[] {
	const rows: { start: number; end: number }[] = [];
	for (const opening of html.matchAll(ROW_OPENING)) {
		if (rows.length && opening.index < rows.at(-1)!.end) continue;
		const tags = /<(\/?)article\b[^>]*>/g;
		tags.lastIndex = opening.index;
		let depth = 0;
		for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
			depth += tag[1] ? -1 : 1;
			if (depth === 0) {
				rows.push({ start: opening.index, end: tag.index + tag[0].length });
				break;
			}
		}
	}
	return rows;
}

/** Weighs the story page's HTML: the whole page and the page without its claim rows, compressed. */
export function htmlWeight(html: string): HtmlWeight {
	const rows = claimRowsOf(html);
	let rest = '';
	let from = 0;
	for (const row of rows) {
		rest += html.slice(from, row.start);
		from = row.end;
	}
	rest += html.slice(from);
	const total = brotli(Buffer.from(html)).length;
	const restBytes = brotli(Buffer.from(rest)).length;
	return { rows: rows.length, rowBytes: total - restBytes, restBytes, total };
}

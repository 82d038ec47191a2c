import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcMonth } from 'd3-time';
import { dodge } from './dodge.ts';
import type { EstimateRow, MarkShape } from './estimate-rows.ts';
import { formatCount } from './estimate-rows.ts';

/** One mark of the estimates chart, in SVG coordinates. */
export interface EstimateMark {
	row: EstimateRow;
	/** 1-based position in reading order, printed beside the mark in the narrow layout. */
	number: number;
	shape: MarkShape;
	x: number;
	/** y of the mark's point, or the top of its bar or range. */
	y: number;
	/** The path that draws a bar or a range (empty for a point). */
	path: string;
	label: { x: number; y: number; anchor: 'start' | 'end'; lines: string[]; leader: string };
}

export interface Tick {
	position: number;
	text: string;
}

export interface EstimatesChart {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	/** Narrow charts label marks by number and leave the words to a key beside the chart. */
	narrow: boolean;
	marks: EstimateMark[];
	xTicks: Tick[];
	yTicks: Tick[];
}

const DAY = 86_400_000;
/** Rough width of one character of label text at the chart's 11.5px type. */
export const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 13.5;
const tickDay = utcFormat('%a %-d %b');
const tickMonth = utcFormat('%b %Y');
/** The most characters a label line runs to: a figure given in the article's words (with its hedge) wraps rather than crossing the chart. */
export const LABEL_LINE = 38;

/** `text` in lines of at most `max` characters, broken between words. */
export function wrapWords(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * Lays out the troop estimates over time: x is the day stated, y the number of troops.
 * A point for a number (exact, "about", "nearly"), a bar from zero capped at the figure for a
 * ceiling ("up to"), an arrow up from the figure for a floor ("at least"), and a capped segment
 * for a range. Every label gets a band of its own height (labels are dodged as one
 * column), so no two labels can overlap; each sits on whichever side of its mark it fits.
 * Below `narrowBelow` pixels wide, marks carry only their number.
 */
export function estimatesChart(width: number, minHeight: number, rows: readonly EstimateRow[], narrowBelow = 480): EstimatesChart {
	const narrow = width < narrowBelow;
	const margin = { top: 22, right: narrow ? 24 : 12, bottom: 36, left: 52 };
	const days = rows.map((row) => Date.parse(`${row.day}T00:00:00Z`));
	const first = Math.min(...days);
	const last = Math.max(...days);
	const x = scaleUtc()
		.domain([new Date(first - DAY * 0.6), new Date(last + DAY * 0.6)])
		.range([margin.left, width - margin.right]);

	const labelled = rows.map((row, i) => {
		const px = x(new Date(`${row.day}T00:00:00Z`));
		const lines = narrow ? [String(i + 1)] : [row.who, ...wrapWords(`${row.figure} ${row.scopeLabel}`, LABEL_LINE)];
		const textWidth = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH;
		const anchor: 'start' | 'end' = px + 12 + textWidth <= width - margin.right ? 'start' : 'end';
		return { row, px, lines, anchor };
	});
	const bandHeight = (lines: string[]) => lines.length * LINE_HEIGHT + 4;
	const band = Math.max(0, ...labelled.map((p) => bandHeight(p.lines)));
	// Every label gets a band of its own: a chart with more figures grows taller rather than
	// letting two labels overlap.
	const height = Math.max(minHeight, Math.ceil(rows.length * band + margin.top + 10 + margin.bottom - LINE_HEIGHT + 2));
	const y = scaleLinear()
		.domain([0, (max(rows, (row) => row.stated) ?? 1) * 1.15])
		.nice(4)
		.range([height - margin.bottom, margin.top]);

	const placed = labelled.map(({ row, px, lines, anchor }) => {
		const top = y(row.stated);
		const cap = 7;
		// A floor ("at least N") is a short arrow up from its number: the count may be anything above.
		const path =
			row.shape === 'upper-bound'
				? `M${px},${y(0)}V${top}M${px - cap},${top}H${px + cap}`
				: row.shape === 'lower-bound'
					? `M${px - cap},${top}H${px + cap}M${px},${top}V${top - 16}M${px - 4},${top - 11}L${px},${top - 16}L${px + 4},${top - 11}`
					: row.shape === 'range'
						? `M${px - cap},${y(row.low)}H${px + cap}M${px},${y(row.low)}V${top}M${px - cap},${top}H${px + cap}`
						: '';
		return { row, px, top, path, lines, anchor };
	});

	const labelY = dodge(
		placed.map((p) => p.top - (p.lines.length - 1) * LINE_HEIGHT / 2 + 4),
		band,
		margin.top + 10,
		height - margin.bottom - band + LINE_HEIGHT,
	);

	const marks = placed.map(({ row, px, top, path, lines, anchor }, i) => {
		const lx = anchor === 'start' ? px + 12 : px - 12;
		const ly = labelY[i]!;
		const mid = ly + ((lines.length - 1) * LINE_HEIGHT) / 2 - 4;
		const gap = anchor === 'start' ? 6 : -6;
		return {
			row,
			number: i + 1,
			shape: row.shape,
			x: px,
			y: top,
			path,
			label: {
				x: lx,
				y: ly,
				anchor,
				lines,
				leader: Math.abs(mid - top) > 6 ? `M${px + gap},${top}L${lx - gap / 2},${mid}` : '',
			},
		};
	});

	// A few weeks: one tick per day a figure was stated. Longer: months, as many as fit.
	const spanDays = (last - first) / DAY;
	const xTicks =
		spanDays <= 21
			? [...new Set(rows.map((row) => row.day))].map((day) => ({ position: x(new Date(`${day}T00:00:00Z`)), text: tickDay(new Date(`${day}T00:00:00Z`)) }))
			: x.ticks(utcMonth.every(Math.max(1, Math.ceil((spanDays / 30) / Math.max(1, Math.floor((width - margin.left - margin.right) / 64)))))!).map((date) => ({ position: x(date), text: tickMonth(date) }));
	const yTicks = y.ticks(4).map((value) => ({ position: y(value), text: formatCount(value) }));
	return { width, height, margin, narrow, marks, xTicks, yTicks };
}

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

/** With more figures than this, marks carry numbers at any width: their words would make the chart too tall. */
export const NUMBERED_ABOVE = 12;

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Where each mark's number goes: beside its mark if there is room, else the nearest free spot
 * around it (a leader line joins them), searched outward ring by ring, so that no number
 * overlaps another number or any mark, and none leaves the plot.
 */
export function placeNumbers(marks: readonly { px: number; top: number; lines: string[] }[], plot: { left: number; right: number; top: number; bottom: number }) {
	const taken: Box[] = marks.map((m) => [m.px - 6, m.top - 6, m.px + 6, m.top + 6]);
	return marks.map((m) => {
		const w = m.lines[0]!.length * CHAR_WIDTH + 2;
		const h = LINE_HEIGHT;
		for (let ring = 0; ring < 40; ring++) {
			const d = ring * 7;
			const offsets: [number, number][] = ring === 0 ? [[8, 0], [-8 - w, 0]] : [[8, -d], [8, d], [-8 - w, -d], [-8 - w, d], [8 + d, 0], [-8 - w - d, 0], [8 + d, -d], [8 + d, d], [-8 - w - d, -d], [-8 - w - d, d]];
			for (const [dx, dy] of offsets) {
				const x0 = m.px + dx;
				const y0 = m.top + dy - h / 2;
				const box: Box = [x0, y0, x0 + w, y0 + h];
				if (box[0] < plot.left || box[2] > plot.right || box[1] < plot.top - 12 || box[3] > plot.bottom) continue;
				if (taken.some((other) => overlaps(box, other))) continue;
				taken.push(box);
				const cx = x0 + (dx >= 0 ? 0 : w);
				return { x: dx >= 0 ? x0 : x0 + w, y: y0 + h - 3.5, anchor: (dx >= 0 ? 'start' : 'end') as 'start' | 'end', leader: Math.hypot(dx, dy) > 14 ? `M${m.px},${m.top}L${cx},${y0 + h / 2}` : '' };
			}
		}
		return { x: m.px + 8, y: m.top + 4, anchor: 'start' as const, leader: '' };
	});
}

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
	// Below narrowBelow pixels, or with more figures than words fit beside, marks carry numbers
	// (the key beside the chart gives the words), each placed next to its own mark.
	const narrow = width < narrowBelow || rows.length > NUMBERED_ABOVE;
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
	const height = narrow ? minHeight : Math.max(minHeight, Math.ceil(rows.length * band + margin.top + 10 + margin.bottom - LINE_HEIGHT + 2));
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

	const labelY = narrow
		? []
		: dodge(
				placed.map((p) => p.top - (p.lines.length - 1) * LINE_HEIGHT / 2 + 4),
				band,
				margin.top + 10,
				height - margin.bottom - band + LINE_HEIGHT,
			);
	const numbers = narrow ? placeNumbers(placed, { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom }) : [];

	const marks = placed.map(({ row, px, top, path, lines, anchor: wordsAnchor }, i) => {
		const anchor = narrow ? numbers[i]!.anchor : wordsAnchor;
		const lx = narrow ? numbers[i]!.x : anchor === 'start' ? px + 12 : px - 12;
		const ly = narrow ? numbers[i]!.y : labelY[i]!;
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
				leader: narrow ? numbers[i]!.leader : Math.abs(mid - top) > 6 ? `M${px + gap},${top}L${lx - gap / 2},${mid}` : '',
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

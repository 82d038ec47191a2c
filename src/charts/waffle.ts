/** One square of a waffle chart; `fill` is the share of it that is filled, 0 to 1. */
export interface WaffleCell {
	x: number;
	y: number;
	size: number;
	fill: number;
}

/**
 * A 10×10 grid in which each cell is 1% of `total`, with `part` filled in from the top left.
 * A part smaller than one cell fills that cell partly, so a 0.9% share stays visible.
 */
export function waffle(total: number, part: number, side: number, gap = 2): WaffleCell[] {
	const size = (side - gap * 9) / 10;
	const cells = Math.max(0, (part / total) * 100);
	return Array.from({ length: 100 }, (_, i) => ({
		x: (i % 10) * (size + gap),
		y: Math.floor(i / 10) * (size + gap),
		size,
		fill: Math.min(1, Math.max(0, cells - i)),
	}));
}

/** `part` as a percentage of `total`, to two significant decimals: 0.92%. */
export function share(part: number, total: number): string {
	const percent = (part / total) * 100;
	return `${percent < 10 ? percent.toFixed(2) : percent.toFixed(1)}%`;
}

/**
 * The grid as two SVG paths, the cells and their filled parts, so a hundred squares cost two
 * elements rather than two hundred (a page can also draw the cells as a repeated pattern).
 */
export function wafflePaths(cells: readonly WaffleCell[]): { cells: string; filled: string } {
	const r = (n: number) => Math.round(n * 10) / 10;
	const square = (x: number, y: number, w: number, h: number) => `M${r(x)} ${r(y)}h${r(w)}v${r(h)}h${r(-w)}z`;
	return {
		cells: cells.map((cell) => square(cell.x, cell.y, cell.size, cell.size)).join(''),
		filled: cells.filter((cell) => cell.fill > 0).map((cell) => square(cell.x, cell.y, cell.size * cell.fill, cell.size)).join(''),
	};
}

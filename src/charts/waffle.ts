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

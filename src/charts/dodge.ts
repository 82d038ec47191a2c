/**
 * Moves labels apart vertically so that none overlaps another, keeping each as close to its
 * wanted position as it can and inside [min, max]. Labels are `height` tall; the input order
 * does not matter. Returns the new y for each label, in input order.
 */
export function dodge(wanted: readonly number[], height: number, min: number, max: number): number[] {
	const order = wanted.map((y, i) => ({ y: Math.min(Math.max(y, min), max), i })).sort((a, b) => a.y - b.y);
	for (let k = 1; k < order.length; k++) {
		order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + height);
	}
	const overflow = order.length > 0 ? order.at(-1)!.y - max : 0;
	if (overflow > 0) {
		for (let k = order.length - 1; k >= 0; k--) {
			const limit = k === order.length - 1 ? max : order[k + 1]!.y - height;
			order[k]!.y = Math.min(order[k]!.y, limit);
		}
	}
	const result = new Array<number>(wanted.length);
	for (const { y, i } of order) result[i] = y;
	return result;
}

import type { EstimateRow } from './estimate-rows.ts';
import { APPROXIMATE_SPREAD } from './approximate.ts';

export { APPROXIMATE_SPREAD };

/** The counts a figure allows, as the tension rule reads it. */
export function allowedRange(row: Pick<EstimateRow, 'low' | 'high' | 'value' | 'shape' | 'approximate'>): [number, number] {
	if (row.shape === 'upper-bound') return [0, row.high];
	if (row.shape === 'range') return [row.low, row.high];
	return row.approximate ? [row.value * (1 - APPROXIMATE_SPREAD), row.value * (1 + APPROXIMATE_SPREAD)] : [row.value, row.value];
}

/** Two figures for the same thing that cannot both hold as stated. */
export interface Tension {
	/** The figure whose stated count lies outside the other's range. */
	figure: EstimateRow;
	/** The figure whose range it falls outside. */
	against: EstimateRow;
}

/**
 * Figures in tension: for every pair counting the same scope, the pair is flagged when either
 * figure's stated count (its number, or the top of an "up to") falls outside what the other
 * allows. Each pair is reported once, in the order the rows come.
 */
export function figuresInTension(rows: readonly EstimateRow[]): Tension[] {
	const tensions: Tension[] = [];
	rows.forEach((a, i) => {
		for (const b of rows.slice(i + 1)) {
			if (a.scope !== b.scope) continue;
			const outside = (x: EstimateRow, y: EstimateRow) => {
				const [low, high] = allowedRange(y);
				return x.value < low || x.value > high;
			};
			if (outside(b, a)) tensions.push({ figure: b, against: a });
			else if (outside(a, b)) tensions.push({ figure: a, against: b });
		}
	});
	return tensions;
}

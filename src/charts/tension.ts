import type { EstimateRow } from './estimate-rows.ts';
import { APPROXIMATE_SPREAD } from './approximate.ts';

export { APPROXIMATE_SPREAD };

/**
 * How far apart two figures may be stated and still count the same thing in the same period:
 * a week. Figures given further apart may both be right (a deployment grows, losses mount).
 */
export const SAME_PERIOD_DAYS = 7;

/** The counts a figure allows, as the tension rule reads it: [lowest, highest]. */
export const allowedRange = (row: Pick<EstimateRow, 'low' | 'high'>): [number, number] => [row.low, row.high];

/** Two figures for the same thing, in the same period, whose readings cannot both hold. */
export interface Tension {
	/** The later (or, on one day, the larger) figure. */
	figure: EstimateRow;
	/** The figure it cannot hold beside. */
	against: EstimateRow;
}

const days = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** Whether two figures count the same thing in the same place, stated within SAME_PERIOD_DAYS of each other; a part or an addition (not a total) is never compared. */
export const comparable = (a: EstimateRow, b: EstimateRow) => !a.part && !b.part && a.scope === b.scope && a.counts === b.counts && days(a.day, b.day) <= SAME_PERIOD_DAYS;

/**
 * Figures in tension: every pair that counts the same thing (what and where) in the same period,
 * whose ranges as the site reads them do not overlap, so both cannot hold. Figures whose readings
 * overlap ("about 11,000", read 9,900–12,100, and "up to 10,000", read 0–10,000) are never
 * flagged. Each pair is reported once, in the order the rows come.
 */
export function figuresInTension(rows: readonly EstimateRow[]): Tension[] {
	const tensions: Tension[] = [];
	rows.forEach((a, i) => {
		for (const b of rows.slice(i + 1)) {
			if (!comparable(a, b)) continue;
			const [aLow, aHigh] = allowedRange(a);
			const [bLow, bHigh] = allowedRange(b);
			if (aHigh < bLow || bHigh < aLow) tensions.push({ figure: b, against: a });
		}
	});
	return tensions;
}

// The story page's structural budgets (budgets.ts) held against what was measured: one verdict
// per budget, for the tests to assert and for `npm run bench` to print and fail on.
import { glob } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { allow, BUDGETS, STRUCTURE, type Allowance } from './budgets.ts';
import type { HtmlWeight } from './html-weight.ts';
import type { PageShape } from './page-shape.ts';

/** One budget against its measured value. */
export interface Verdict {
	budget: string;
	value: number;
	limit: number;
	unit: string;
	ok: boolean;
}

const verdict = (budget: string, value: number, limit: number, unit: string): Verdict => ({ budget, value, limit, unit, ok: value <= limit });

const allowed = (budget: string, value: number, allowance: Allowance, claims: number, unit: string) => {
	const name = allowance.perClaim ? `${budget} (${allowance.fixed ? `${allowance.fixed} + ` : ''}${allowance.perClaim} per claim)` : budget;
	return verdict(name, value, allow(allowance, claims), unit);
};

/**
 * The page shape's verdicts for a story of `claims` claims: each part's height and elements
 * within its allowance, and one row shown per claim.
 */
export function shapeVerdicts(shape: PageShape, claims: number): Verdict[] {
	const { readingPath, rows, rest } = STRUCTURE;
	return [
		{ budget: 'claim rows shown, one per claim', value: shape.rows.count, limit: claims, unit: '', ok: shape.rows.count === claims },
		{ budget: 'the map starts within the first four screens', value: shape.map, limit: BUDGETS.firstScreens, unit: 'px', ok: shape.map >= 0 && shape.map <= BUDGETS.firstScreens },
		{ budget: 'the troop chart starts within the first four screens', value: shape.chart, limit: BUDGETS.firstScreens, unit: 'px', ok: shape.chart >= 0 && shape.chart <= BUDGETS.firstScreens },
		allowed('reading path above "Every claim": height', shape.readingPath.height, readingPath.height, claims, 'px'),
		allowed('reading path above "Every claim": elements', shape.readingPath.elements, readingPath.elements, claims, ''),
		allowed('claim rows: height', shape.rows.height, rows.height, claims, 'px'),
		allowed('claim rows: elements', shape.rows.elements, rows.elements, claims, ''),
		allowed('the rest: height', shape.rest.height, rest.height, claims, 'px'),
		allowed('the rest: elements', shape.rest.elements, rest.elements, claims, ''),
	];
}

/** The HTML's verdicts for a story of `claims` claims: the rows' bytes and the rest's, compressed. */
export function htmlVerdicts(weight: HtmlWeight, claims: number): Verdict[] {
	return [
		{ budget: 'claim rows in the HTML, one per claim', value: weight.rows, limit: claims, unit: '', ok: weight.rows === claims },
		allowed('claim rows: HTML bytes (brotli)', weight.rowBytes, STRUCTURE.rows.bytes, claims, 'B'),
		allowed('the rest: HTML bytes (brotli)', weight.restBytes, STRUCTURE.rest.bytes, claims, 'B'),
	];
}

/** The verdicts that failed, one line each, for a test's message or the bench's closing note. */
export const failures = (verdicts: readonly Verdict[]) => verdicts.filter((v) => !v.ok).map((v) => `${v.budget}: ${v.value}${v.unit} against ${v.limit}${v.unit}`);

/** How many claims the story in project folder `root` has: the files of its claims collection. */
export async function claimCount(root = '.') {
	let count = 0;
	for await (const _ of glob(COLLECTIONS.claims.pattern, { cwd: path.join(root, COLLECTIONS.claims.base) })) count++;
	return count;
}

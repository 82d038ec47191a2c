import type { Estimate } from '../schemas/estimate.ts';
import type { Source } from '../schemas/source.ts';
import { formatDateShort, isDated } from '../story/dates.ts';
import type { Entry } from '../story/story-index.ts';
import { APPROXIMATE_SPREAD } from './approximate.ts';

/** What a story's figures count (content/story.md: scopes), in legend order. */
export interface ScopeDefinition {
	id: string;
	label: string;
	whole: boolean;
}

/** How many scope colours the charts have (--scope-1 … in global.css); more scopes reuse them in turn. */
export const SCOPE_COLOURS = 4;

/** The qualifier words as a reader reads them. */
export const QUALIFIER_LABELS = {
	about: 'about',
	around: 'around',
	'up-to': 'up to',
	hundreds: 'hundreds',
	unqualified: '',
} as const satisfies Record<Estimate['qualifier'], string>;

/** The shape a mark takes for each qualifier. */
export type MarkShape = 'point' | 'upper-bound' | 'range';
export const SHAPES: Record<Estimate['qualifier'], MarkShape> = {
	about: 'point',
	around: 'point',
	unqualified: 'point',
	'up-to': 'upper-bound',
	hundreds: 'range',
};

/** One troop figure, ready to chart. */
export interface EstimateRow {
	id: string;
	claim: string;
	/** Lowest and highest count the figure can mean: 0 and N for "up to N", the two ends of a range, the number itself twice otherwise. */
	low: number;
	high: number;
	/** The count the mark sits at: the number, or the top of an "up to", or the middle of a range. */
	value: number;
	shape: MarkShape;
	/** True for "about" and "around": the count is not meant exactly. */
	approximate: boolean;
	scope: string;
	/** The words after the figure, e.g. "in the Kursk region". */
	scopeLabel: string;
	/** True for the whole the other figures are set against (e.g. a whole army). */
	whole: boolean;
	/** The scope's place in the story's list of scopes, from 0: the legend's order. */
	scopeOrder: number;
	/** The scope's colour, 1 to SCOPE_COLOURS, from its place in the list (colours repeat after the last). */
	colour: number;
	/** Day the figure was stated, YYYY-MM-DD. */
	day: string;
	/** False when the article does not date the figure and its dateline stands in. */
	dated: boolean;
	/** When it was stated, short: "Mon 4 Nov 2024", "undated; reported by Wed 6 Nov 2024". */
	when: string;
	/** Who gave the figure, by name. */
	who: string;
	/** The article's own words for the figure. */
	wording: string;
	/**
	 * The figure as every chart, table and card shows it: "about 11,000", "up to 10,000"; a
	 * figure the article gives only in words keeps them, hedge and all, with our reading:
	 * "hundreds of suspected North Korean soldiers (200–999, our reading)".
	 */
	figure: string;
	/** The counts the site reads the figure as, "0–10,000", "9,900–12,100", "200–999"; "" for a bare number. */
	reading: string;
	/** Why it is read so (content/estimates: basis); "" for a bare number. */
	basis: string;
}

const number = new Intl.NumberFormat('en-GB');

/** Estimates as chart rows, oldest first; the source's name stands for who gave each figure. */
export function estimateRows(estimates: readonly Entry<Estimate>[], sources: Map<string, Entry<Source>>, scopes: readonly ScopeDefinition[]): EstimateRow[] {
	const scopeOf = new Map(scopes.map((scope, i) => [scope.id, { scopeLabel: scope.label, whole: scope.whole, scopeOrder: i, colour: (i % SCOPE_COLOURS) + 1 }]));
	return estimates
		.map(({ id, data }) => {
			const shape = SHAPES[data.qualifier];
			const [stated, high] = typeof data.value === 'number' ? [data.value, data.value] : [data.value.min, data.value.max];
			// "Up to N" allows anything from none to N.
			const low = shape === 'upper-bound' ? 0 : stated;
			const qualifier = QUALIFIER_LABELS[data.qualifier];
			const span = (a: number, b: number) => `${number.format(Math.round(a))}–${number.format(Math.round(b))}`;
			const approximate = data.qualifier === 'about' || data.qualifier === 'around';
			const reading = approximate ? span(high * (1 - APPROXIMATE_SPREAD), high * (1 + APPROXIMATE_SPREAD)) : low === high ? '' : span(low, high);
			const figure = shape === 'range' ? `${data.wording} (${reading}, our reading)` : [qualifier, number.format(high)].filter(Boolean).join(' ');
			return {
				id,
				claim: data.claim,
				low,
				high,
				value: shape === 'range' ? (low + high) / 2 : high,
				shape,
				approximate,
				scope: data.scope,
				// The content check refuses a scope story.md does not list; the fallback keeps a row drawable.
				...(scopeOf.get(data.scope) ?? { scopeLabel: data.scope, whole: false, scopeOrder: scopes.length, colour: 1 }),
				day: data.stated.value.split('/')[0]!,
				dated: isDated(data.stated),
				when: formatDateShort(data.stated),
				who: sources.get(data.statedBy)?.data.name ?? data.statedBy,
				wording: data.wording,
				figure,
				reading,
				basis: reading ? (data.basis ?? '') : '',
			};
		})
		.sort((a, b) => a.day.localeCompare(b.day) || b.high - a.high || a.id.localeCompare(b.id));
}

/** Formats a count the way the charts print it. */
export const formatCount = (n: number) => number.format(n);

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
	/** A part or an addition, not a total: never compared for tension. */
	part?: boolean;
}

/** How many scope colours the charts have (--scope-1 … in global.css); more scopes reuse them in turn. */
export const SCOPE_COLOURS = 4;

/** The qualifier words as a reader reads them, before the number. */
export const QUALIFIER_LABELS = {
	'at-least': 'at least',
	'more-than': 'more than',
	about: 'about',
	nearly: 'nearly',
	'at-most': 'at most',
	'as-many-as': 'as many as',
	'up-to': 'up to',
	range: '',
	exact: '',
} as const satisfies Record<Estimate['qualifier'], string>;

/** What a figure counts, as words after the number ("300 killed"); `present` and `planned` take the story's unit (countsLabel). */
export const COUNTS_LABELS = {
	present: '',
	planned: 'planned or expected',
	killed: 'killed',
	wounded: 'wounded',
	'killed-and-wounded': 'killed and wounded',
	captured: 'captured',
} as const satisfies Record<Estimate['counts'], string>;

/** Figures of people sent or planned, as against losses. */
export const isTroopCount = (counts: Estimate['counts']) => counts === 'present' || counts === 'planned';

/** What a figure counts in words, with the story's unit: "troops", "troops planned or expected", "killed". */
export const countsLabel = (counts: Estimate['counts'], unit: string) => (counts === 'present' ? unit : counts === 'planned' ? `${unit} planned or expected` : COUNTS_LABELS[counts]);

/**
 * The shape a mark takes: a point for a count given as one number (exact or approximate), a
 * bar from zero capped at the number for a ceiling, an arrow up from the number for a floor,
 * and a capped segment for a range.
 */
export type MarkShape = 'point' | 'upper-bound' | 'lower-bound' | 'range';
export const SHAPES: Record<Estimate['qualifier'], MarkShape> = {
	exact: 'point',
	about: 'point',
	nearly: 'point',
	'at-least': 'lower-bound',
	'more-than': 'lower-bound',
	'at-most': 'upper-bound',
	'as-many-as': 'upper-bound',
	'up-to': 'upper-bound',
	range: 'range',
};

/** One troop figure, ready to chart. */
export interface EstimateRow {
	id: string;
	claim: string;
	/**
	 * Lowest and highest count the figure can mean, as the site reads it: 0 and N for a ceiling
	 * ("up to N"), N and Infinity for a floor ("at least N"), a tenth either side of N for "about",
	 * 90% of N to N for "nearly", the two ends of a range, the number itself twice otherwise.
	 */
	low: number;
	high: number;
	/** The number the report states: the figure itself, or the top of a range. */
	stated: number;
	/** The qualifier's kind, as the content gives it. */
	qualifier: Estimate['qualifier'];
	/** What the figure counts (troops, troops planned, killed, …). */
	counts: Estimate['counts'];
	/** The reports that carry it, the first the one it first appeared in (empty: the story's first report). */
	reports: readonly string[];
	/** The same statement as other reports word it. */
	otherWordings: readonly { report: string; wording: string }[];
	/** The count the mark sits at: the number, the top of an "up to", the floor of an "at least", or the middle of a range. */
	value: number;
	shape: MarkShape;
	/** True for "about" and "nearly": the count is not meant exactly. */
	approximate: boolean;
	scope: string;
	/** The words after the figure, e.g. "in the Kursk region". */
	scopeLabel: string;
	/** True for the whole the other figures are set against (e.g. a whole army). */
	whole: boolean;
	/** True for a figure of a part or an addition, not a total: never compared for tension. */
	part: boolean;
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
	const scopeOf = new Map(scopes.map((scope, i) => [scope.id, { scopeLabel: scope.label, whole: scope.whole, part: scope.part ?? false, scopeOrder: i, colour: (i % SCOPE_COLOURS) + 1 }]));
	return estimates
		.map(({ id, data }) => {
			const shape = SHAPES[data.qualifier];
			const [min, stated] = typeof data.value === 'number' ? [data.value, data.value] : [data.value.min, data.value.max];
			const [low, high] = readingOf(data.qualifier, min, stated);
			const qualifier = QUALIFIER_LABELS[data.qualifier];
			const span = (a: number, b: number) => (b === Infinity ? `${number.format(Math.round(a))} or more` : `${number.format(Math.round(a))}–${number.format(Math.round(b))}`);
			const approximate = data.qualifier === 'about' || data.qualifier === 'nearly';
			const reading = low === high ? '' : span(low, high);
			// A range in words ("hundreds") keeps them, with our reading of them.
			const figure = shape === 'range' && numberInWording(data.wording) === undefined ? `${data.wording} (${reading}, our reading)` : shape === 'range' ? `${number.format(min)}–${number.format(stated)}` : [qualifier, number.format(stated)].filter(Boolean).join(' ');
			return {
				id,
				claim: data.claim,
				low,
				high,
				stated,
				counts: data.counts,
				qualifier: data.qualifier,
				reports: data.reports ?? [],
				otherWordings: data.otherWordings ?? [],
				value: shape === 'range' ? (low + high) / 2 : stated,
				shape,
				approximate,
				scope: data.scope,
				// The content check refuses a scope story.md does not list; the fallback keeps a row drawable.
				...(scopeOf.get(data.scope) ?? { scopeLabel: data.scope, whole: false, part: false, scopeOrder: scopes.length, colour: 1 }),
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
		.sort((a, b) => a.day.localeCompare(b.day) || b.stated - a.stated || a.id.localeCompare(b.id));
}

/** Formats a count the way the charts print it. */
export const formatCount = (n: number) => number.format(n);

/** The counts a qualifier lets a stated number mean, as [lowest, highest]: the site's one reading of every qualifier. */
export function readingOf(qualifier: Estimate['qualifier'], min: number, stated: number): [number, number] {
	switch (qualifier) {
		case 'about':
			return [Math.round(stated * (1 - APPROXIMATE_SPREAD)), Math.round(stated * (1 + APPROXIMATE_SPREAD))];
		case 'nearly':
			return [Math.round(stated * (1 - APPROXIMATE_SPREAD)), stated];
		case 'at-least':
		case 'more-than':
			return [stated, Infinity];
		case 'at-most':
		case 'as-many-as':
		case 'up-to':
			return [0, stated];
		case 'range':
			return [min, stated];
		case 'exact':
			return [stated, stated];
	}
}

/** Whether a figure's words carry a number at all ("hundreds" does not). */
const numberInWording = (wording: string) => /\d/.exec(wording)?.[0];

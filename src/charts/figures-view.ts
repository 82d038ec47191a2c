import { formatDate } from '../story/dates.ts';
import { COUNTS_LABELS, formatCount, isTroopCount, type EstimateRow } from './estimate-rows.ts';
import { figuresInTension, SAME_PERIOD_DAYS, type Tension } from './tension.ts';
import { share } from './waffle.ts';

const readAs = (row: EstimateRow) => row.reading || formatCount(row.stated);

/**
 * One sentence for a pair of figures in tension, saying exactly what the rule found: both count
 * the same thing within a week, and the ranges the site reads them as do not overlap.
 */
export const tensionText = ({ figure, against }: Tension, unit: string) =>
	`${against.who}'s ${against.figure} (${against.when}) and ${figure.who}'s ${figure.figure} (${figure.when}) both count ${isTroopCount(figure.counts) ? `${unit} ` : ''}${figure.scopeLabel}, stated within ${SAME_PERIOD_DAYS} days of each other, yet the site reads them as ${readAs(against)} and ${readAs(figure)}: ranges that do not overlap, so both cannot hold as stated.`;

/** What the troop-figures chart says in words: its takeaway, its description, and the figures in tension. */
export function troopFiguresView(rows: readonly EstimateRow[], unit: string) {
	// Troops planned or expected are a series of their own: their words say so wherever they go.
	const troops = rows.filter((row) => !row.whole && isTroopCount(row.counts));
	const deployment = troops.map((row) => (row.counts === 'planned' ? { ...row, scopeLabel: `${row.scopeLabel}, planned or expected` } : row));
	// The scopes the figures count, each once, with its words and colour, in the story's order.
	const scopes = [...new Map(troops.map((row) => [row.scope, { id: row.scope, label: row.scopeLabel, order: row.scopeOrder, colour: row.colour }])).values()].sort((a, b) => a.order - b.order);
	const largest = deployment.reduce((a, b) => (b.stated > a.stated ? b : a), deployment[0]!);
	// By the count each mark sits at: an "up to" figure allows zero, but states its top.
	const smallest = deployment.reduce((a, b) => (b.value < a.value ? b : a), deployment[0]!);
	const tensions = figuresInTension(deployment);
	const sources = new Set(deployment.map((row) => row.who)).size;
	const counting = `They count ${unit} ${scopes.map((scope) => scope.label).join(', or ')}`;
	const tensionNote = tensions.length > 0 ? `, and ${tensions.length === 1 ? 'two' : 'some'} that count the same thing are in tension.` : '.';
	return {
		deployment,
		scopes,
		largest,
		tensions,
		/** Ids of the estimates in any tension, for marking them. */
		inTension: new Set(tensions.flatMap((t) => [t.figure.id, t.against.id])),
		takeaway: deployment.length === 0 ? '' : `${deployment.length} figures from ${sources} sources, from ${smallest.figure} to ${largest.figure}. ${counting}${tensionNote}`,
		description: deployment.map((row) => `${row.who}: ${row.figure} ${row.scopeLabel}, ${row.dated ? `stated ${formatDate({ value: row.day, precision: 'day' })}` : 'undated'}.`).join(' '),
	};
}

/** What the army-scale chart says: the largest figure as a share of the whole army. `figures` is troopFiguresView(rows), if already made. */
export function armyScaleView(rows: readonly EstimateRow[], unit: string, figures = troopFiguresView(rows, unit)) {
	const army = rows.find((row) => row.whole);
	const { deployment, largest } = figures;
	if (!army || !largest) return undefined;
	return {
		army,
		deployment,
		largest,
		takeaway: `Even the largest of the other figures, ${largest.figure}, is ${shareOf(largest, army)} of the ${formatCount(army.stated)} ${unit} that ${army.who} gives for ${army.scopeLabel}.`,
		shareOf: (row: EstimateRow) => shareOf(row, army),
	};
}

/** Hedge words a share keeps from its figure: "about 0.9%" for "about 11,000", "at most 0.8%" for a ceiling. */
const SHARE_HEDGES: Record<string, string> = { about: 'about', nearly: 'nearly', 'at-least': 'at least', 'more-than': 'more than', 'at-most': 'at most', 'as-many-as': 'at most', 'up-to': 'at most' };

/** A figure as a share of the whole, keeping its hedge: "about 0.9%", "at most 0.8%", "0.02%–0.08%". */
export function shareOf(row: EstimateRow, whole: EstimateRow): string {
	if (row.shape === 'range') return `${share(row.low, whole.stated)}–${share(row.high, whole.stated)}`;
	const hedge = SHARE_HEDGES[row.qualifier];
	return [hedge, share(row.stated, whole.stated)].filter(Boolean).join(' ');
}

/** The order, and colour, of each kind of loss in the casualties chart and its legend. */
const LOSS_ORDER = ['killed', 'killed-and-wounded', 'wounded', 'captured'] as const;

/**
 * What the casualties chart shows: every figure for losses, one series per thing counted (the
 * killed apart from the killed and wounded, the wounded, the captured), coloured by it, each
 * labelled with what it counts and where. Never added up or averaged.
 */
export function lossFiguresView(rows: readonly EstimateRow[]) {
	const losses = rows
		.filter((row) => !row.whole && !isTroopCount(row.counts))
		.map((row) => {
			const order = LOSS_ORDER.indexOf(row.counts as (typeof LOSS_ORDER)[number]);
			return { ...row, colour: order + 1, scopeLabel: `${COUNTS_LABELS[row.counts]} ${row.scopeLabel}` };
		});
	const series = LOSS_ORDER.filter((counts) => losses.some((row) => row.counts === counts)).map((counts) => ({ counts, label: COUNTS_LABELS[counts], colour: LOSS_ORDER.indexOf(counts) + 1 }));
	const sources = new Set(losses.map((row) => row.who)).size;
	return {
		losses,
		series,
		tensions: figuresInTension(losses),
		takeaway:
			losses.length === 0
				? ''
				: `${losses.length} figure${losses.length === 1 ? "" : "s"} for losses from ${sources} source${sources === 1 ? '' : 's'}, each drawn as stated: ${series.map((s) => s.label).join(', ')}, never added up or averaged.`,
		description: losses.map((row) => `${row.who}: ${row.figure} ${row.scopeLabel}, ${row.dated ? `stated ${formatDate({ value: row.day, precision: 'day' })}` : 'undated'}.`).join(' '),
	};
}

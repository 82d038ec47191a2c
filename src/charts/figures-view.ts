import { formatDate } from '../story/dates.ts';
import { formatCount, type EstimateRow } from './estimate-rows.ts';
import { figuresInTension, type Tension } from './tension.ts';
import { share } from './waffle.ts';

/** One sentence for a pair of figures in tension, with both figures and their dates. */
export const tensionText = ({ figure, against }: Tension) =>
	`${figure.who}'s ${figure.figure} ${figure.scopeLabel} (${figure.when}) lies outside ${against.who}'s ${against.figure} (${against.when}).`;

/** What the troop-figures chart says in words: its takeaway, its description, and the figures in tension. */
export function troopFiguresView(rows: readonly EstimateRow[], unit: string) {
	const deployment = rows.filter((row) => !row.whole);
	// The scopes the figures count, each once, with its words and colour, in the story's order.
	const scopes = [...new Map(deployment.map((row) => [row.scope, { id: row.scope, label: row.scopeLabel, order: row.scopeOrder, colour: row.colour }])).values()].sort((a, b) => a.order - b.order);
	const largest = deployment.reduce((a, b) => (b.high > a.high ? b : a), deployment[0]!);
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
		takeaway: `Even the largest of the other figures, ${largest.figure}, is ${share(largest.high, army.high)} of the ${formatCount(army.high)} ${unit} that ${army.who} gives for ${army.scopeLabel}.`,
		shareOf: (row: EstimateRow) => (row.shape === 'range' ? `${share(row.low, army.high)}–${share(row.high, army.high)}` : share(row.high, army.high)),
	};
}

import type { Claim } from '../schemas/claim.ts';
import type { Source } from '../schemas/source.ts';
import type { Status } from '../schemas/status.ts';
import { datetimeAttribute, formatDateShort, isDated } from './dates.ts';
import { claimSides, type Entry, type Sides } from './story-index.ts';
import { truncate } from './text.ts';

/** The most a label may run to when a claim has no `short` of its own. */
export const LABEL_LENGTH = 60;

/** A claim in a few words: its `short`, or its statement cut at a word. */
export const claimLabel = (claim: Pick<Claim, 'statement' | 'short'>) => claim.short ?? truncate(claim.statement, LABEL_LENGTH);

/**
 * The outlets between a claimant and the article: those a claim was carried by, less the
 * article's own outlets (e.g. "The New York Times" for a report the article relays).
 */
export function intermediaries(claim: Pick<Claim, 'claimant' | 'reportedBy'>, articleOutlets: readonly string[]): string[] {
	return claim.reportedBy.filter((id) => !articleOutlets.includes(id) && !claim.claimant.includes(id));
}

/**
 * Who made a claim and through whom it reached the article: "Senior Ukrainian officials and
 * Senior U.S. officials, via The New York Times". Where the article speaks in its own voice, it
 * is named as itself, the same way everywhere: "The article, ANI copy published by HBTV".
 * `articleOutlets` are the article's publisher, then the agency whose copy it ran, if any.
 */
export function attribution(claim: Pick<Claim, 'claimant' | 'reportedBy'>, sources: Map<string, Entry<Source>>, articleOutlets: readonly string[]): string {
	const name = (id: string) => sources.get(id)?.data.name ?? id;
	if (claim.claimant.every((id) => articleOutlets.includes(id))) {
		const [outlet, agency] = articleOutlets;
		return `The article, ${agency ? `${name(agency)} copy published by ${name(outlet!)}` : name(outlet!)}`;
	}
	const who = claim.claimant.map(name).join(' and ');
	const via = intermediaries(claim, articleOutlets).map(name);
	return via.length > 0 ? `${who}, via ${via.join(' and ')}` : who;
}

/** One line of the claims list: everything a reader needs to know who said it, when, and how well it stands. */
export interface ClaimRow {
	id: string;
	aliases: string[];
	statement: string;
	/** A few words: the claim's `short`, or its statement cut short. */
	label: string;
	/** Claimant, and the outlet it came through when that is not the article's own. */
	attribution: string;
	/** Side ids, for filters and data. */
	sides: string[];
	/** The same sides as a reader sees them, e.g. "South Korea". */
	sideLabels: string[];
	status: Status;
	/** The date as the article gives it, short: "Tue 5 Nov 2024", "undated; reported by Wed 6 Nov 2024". */
	date: string;
	datetime: string;
	dated: boolean;
	/** The day of the latest correction, if the claim was ever corrected. */
	corrected?: string;
}

export function claimRow(claim: Entry<Claim>, sources: Map<string, Entry<Source>>, articleOutlets: readonly string[], sideNames: Sides): ClaimRow {
	const { data } = claim;
	const sides = claimSides(data, sources, sideNames);
	return {
		id: claim.id,
		aliases: data.aliases,
		statement: data.statement,
		label: claimLabel(data),
		attribution: attribution(data, sources, articleOutlets),
		sides,
		sideLabels: sides.map(sideNames.label),
		status: data.status,
		date: formatDateShort(data.stated),
		datetime: datetimeAttribute(data.stated),
		dated: isDated(data.stated),
		corrected: data.corrections.map((correction) => correction.date).sort().at(-1),
	};
}

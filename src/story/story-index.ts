import type { Claim } from '../schemas/claim.ts';
import type { Source } from '../schemas/source.ts';

/** Anything with an id and validated data: an Astro collection entry or a content file. */
export interface Entry<T> {
	id: string;
	data: T;
}

/** Looks entries up by id. Ids are checked to resolve before any page is built. */
export function indexById<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}

/** The kinds of link between two claims, each read in both directions. */
export const RELATIONS = {
	supports: { out: 'Supports', in: 'Supported by' },
	qualifies: { out: 'Qualifies', in: 'Qualified by' },
	contradicts: { out: 'Contradicts', in: 'Contradicted by' },
} as const;
export type Relation = keyof typeof RELATIONS;

/** One link from a claim to another, seen from the first claim. */
export interface ClaimLink {
	relation: Relation;
	direction: 'out' | 'in';
	/** The other claim's id. */
	other: string;
}

/**
 * Every claim's links in both directions: a claim that `qualifies: [b]` gives b a
 * "Qualified by" link back, so an editor writes each link once.
 */
export function claimLinks(claims: readonly Entry<Claim>[]): Map<string, ClaimLink[]> {
	const links = new Map<string, ClaimLink[]>(claims.map((claim) => [claim.id, []]));
	for (const claim of claims) {
		for (const relation of Object.keys(RELATIONS) as Relation[]) {
			for (const other of claim.data[relation]) {
				links.get(claim.id)?.push({ relation, direction: 'out', other });
				links.get(other)?.push({ relation, direction: 'in', other: claim.id });
			}
		}
	}
	return links;
}

/** The story's sides (content/story.md: sides): ids in column order, their labels, the fixed columns. */
export interface Sides {
	ids: readonly string[];
	label: (id: string) => string;
	/** Sides that always get a column in the "who says what" table, even with no statement. */
	columns: ReadonlySet<string>;
}

export function sideVocabulary(sides: readonly { id: string; label: string; column: boolean }[]): Sides {
	const labels = new Map(sides.map((side) => [side.id, side.label]));
	return { ids: sides.map((side) => side.id), label: (id) => labels.get(id) ?? id, columns: new Set(sides.filter((side) => side.column).map((side) => side.id)) };
}

/** A claim's sides, from its claimants only, in the site's column order. */
export function claimSides(claim: Claim, sources: Map<string, Entry<Source>>, sides: Sides): string[] {
	const found = new Set(claim.claimant.map((id) => sources.get(id)?.data.side).filter((side) => side !== undefined));
	return sides.ids.filter((side) => found.has(side));
}

/** For each source, the claims it made and the claims it carried as an outlet. */
export function sourceBacklinks(claims: readonly Entry<Claim>[]): Map<string, { made: string[]; carried: string[] }> {
	const backlinks = new Map<string, { made: string[]; carried: string[] }>();
	const of = (id: string) => backlinks.get(id) ?? backlinks.set(id, { made: [], carried: [] }).get(id)!;
	for (const claim of claims) {
		for (const id of claim.data.claimant) of(id).made.push(claim.id);
		for (const id of claim.data.reportedBy) of(id).carried.push(claim.id);
	}
	return backlinks;
}

/** Claims set against each other: a claim and the claims that qualify or contradict it. */
export interface Disagreement {
	claim: string;
	relation: Exclude<Relation, 'supports'>;
	/** The claims that qualify or contradict `claim`. */
	by: string[];
}

/**
 * Splits the claims into what stands on the record and what is contested.
 * "Disputed" holds every claim that another qualifies or contradicts, grouped by the claim
 * doing so, and every claim whose status is disputed or unverified. "Known" holds the claims
 * stated on the record (confirmed or officially stated) that nothing in our sources qualifies,
 * contradicts or is itself contested by, and that gives no figure in tension with another
 * (`inTension`: the claims behind such figures).
 */
export function knownAndDisputed(claims: readonly Entry<Claim>[], inTension: ReadonlySet<string> = new Set()) {
	const links = claimLinks(claims);
	const contested = new Set<string>(inTension);
	const disagreements: Disagreement[] = [];
	for (const claim of claims) {
		for (const relation of ['contradicts', 'qualifies'] as const) {
			if (claim.data[relation].length === 0) continue;
			disagreements.push({ claim: claim.id, relation, by: [...claim.data[relation]] });
			contested.add(claim.id);
			claim.data[relation].forEach((id) => contested.add(id));
		}
	}
	const doubtful = claims.filter((claim) => claim.data.status === 'disputed' || claim.data.status === 'unverified').map((claim) => claim.id);
	const known = claims
		.filter((claim) => ['confirmed', 'officially-stated'].includes(claim.data.status))
		.filter((claim) => !contested.has(claim.id) && !links.get(claim.id)?.some((link) => contested.has(link.other) && link.relation !== 'supports'))
		.map((claim) => claim.id);
	return { known, disagreements, doubtful };
}

/** Claims grouped under the story's topics, in topic order; each claim sits under its first topic. */
export function claimsByTopic<T extends Entry<Claim>>(claims: readonly T[], topics: readonly { id: string; title: string }[]) {
	return topics
		.map((topic) => ({ ...topic, claims: claims.filter((claim) => claim.data.topics[0] === topic.id) }))
		.filter((group) => group.claims.length > 0);
}

/** The "who says what" table: for each question, the claims bearing on it, by side. */
export interface SideMatrix {
	columns: string[];
	rows: { question: string; cells: Map<string, string[]> }[];
}

/**
 * Builds the "who says what" table. Columns are the sides marked `column` plus any other side whose
 * claims the questions cite, in the site's side order; a claim made jointly by two sides sits
 * in both columns. Sides come from claimants only.
 */
export function sideMatrix(
	questions: readonly Entry<{ claims: string[] }>[],
	claims: Map<string, Entry<Claim>>,
	sources: Map<string, Entry<Source>>,
	sides: Sides,
): SideMatrix {
	const rows = questions.map((question) => {
		const cells = new Map<string, string[]>();
		for (const id of question.data.claims) {
			const claim = claims.get(id);
			if (!claim) continue;
			for (const side of claimSides(claim.data, sources, sides)) cells.set(side, [...(cells.get(side) ?? []), id]);
		}
		return { question: question.id, cells };
	});
	const used = new Set(rows.flatMap((row) => [...row.cells.keys()]));
	return { columns: sides.ids.filter((side) => sides.columns.has(side) || used.has(side)), rows };
}

/** The claims of one question grouped by side, in column order; sides with no claim are left out. */
export function claimsBySide(claimIds: readonly string[], claims: Map<string, Entry<Claim>>, sources: Map<string, Entry<Source>>, sides: Sides) {
	const groups = new Map<string, string[]>();
	for (const id of claimIds) {
		const claim = claims.get(id);
		if (!claim) continue;
		for (const side of claimSides(claim.data, sources, sides)) groups.set(side, [...(groups.get(side) ?? []), id]);
	}
	return sides.ids.filter((side) => groups.has(side)).map((side) => ({ side, claims: groups.get(side)! }));
}

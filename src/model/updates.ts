import { STATUS_DEFINITIONS } from '../schemas/status.ts';
import { statusChanges } from '../story/status-history.ts';
import type { LoadedStory } from './load-story.ts';
import { claimPagePath } from '../story/urls.ts';

/** One dated change to the story, as the content records it. */
export interface StoryUpdate {
	/** Stable id for feeds. */
	id: string;
	/** Day of the change, YYYY-MM-DD, as written in the content. */
	date: string;
	/** A new claim, a change of status, or another correction. */
	kind: 'new' | 'status' | 'correction';
	/** What happened, in a few words: "Status changed from “Reported” to “Confirmed”". */
	heading: string;
	/** The heading and the claim's statement, for a feed item. */
	title: string;
	text: string;
	/** The claim it concerns. */
	claim: string;
	/** Path of the claim page it concerns. */
	path: string;
}

type Claims = Pick<LoadedStory, 'claims'>;
const label = (status: keyof typeof STATUS_DEFINITIONS) => STATUS_DEFINITIONS[status].label;

type Dated = { data: { assessed: string; corrections: { date: string }[] } };

/** Every date our editors recorded on a claim (its assessment, its corrections), earliest first. */
const recordedDates = (claim: Dated) => [claim.data.assessed, ...claim.data.corrections.map((c) => c.date)].sort();

/** The day a claim first appeared on this site: its earliest recorded date. */
export const claimAdded = (claim: Dated) => recordedDates(claim)[0]!;

/**
 * The story's updates, newest first: each claim as it first appeared (with the status it had
 * then), every change of status (from what, to what, why) and every other correction, each
 * with the date recorded in the content (never a file time).
 */
export function storyUpdates(story: Claims): StoryUpdate[] {
	const updates: StoryUpdate[] = [];
	for (const claim of story.claims) {
		const path = claimPagePath(claim.id);
		const changes = statusChanges(claim.data);
		const first = changes[0]?.from ?? claim.data.status;
		const heading = `New claim, “${label(first)}”`;
		updates.push({
			id: `${claim.id}/new`,
			date: claimAdded(claim),
			kind: 'new',
			heading,
			title: `${heading}: ${claim.data.statement}`,
			text: `“${label(first)}”: ${STATUS_DEFINITIONS[first].definition}`,
			claim: claim.id,
			path,
		});
		claim.data.corrections.forEach((correction, i) => {
			const change = correction.status;
			const heading = change ? `Status changed from “${label(change.from)}” to “${label(change.to)}”` : 'Correction';
			updates.push({
				id: `${claim.id}/correction/${i + 1}`,
				date: correction.date,
				kind: change ? 'status' : 'correction',
				heading,
				title: `${heading}: ${claim.data.statement}`,
				text: correction.note,
				claim: claim.id,
				path,
			});
		});
	}
	return updates.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The latest date recorded on a claim: its last assessment or its latest correction. */
export const claimLastUpdated = (claim: Dated): string => recordedDates(claim).at(-1)!;

/**
 * When this page last changed: the latest assessment or correction our editors recorded. The
 * article's own date is not ours and never counts.
 */
export function lastUpdated(story: Claims): string {
	return story.claims.map(claimLastUpdated).sort().at(-1)!;
}

/** When this page first appeared: the earliest date our editors recorded. */
export function firstPublished(story: Claims): string {
	return story.claims.map(claimAdded).sort()[0]!;
}

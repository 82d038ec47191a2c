import { STATUS_DEFINITIONS } from '../schemas/status.ts';
import type { LoadedStory } from './load-story.ts';
import { claimPagePath } from './urls.ts';

/** One dated change to the story, as the content records it. */
export interface StoryUpdate {
	/** Stable id for feeds. */
	id: string;
	/** Day of the change, YYYY-MM-DD, as written in the content. */
	date: string;
	kind: 'correction' | 'status';
	title: string;
	text: string;
	/** Path of the claim page it concerns. */
	path: string;
}

/**
 * The story's updates, newest first: each claim's status as last assessed, and every
 * correction, each with the date recorded in the content (never a file time).
 */
export function storyUpdates(story: LoadedStory): StoryUpdate[] {
	const updates: StoryUpdate[] = [];
	for (const claim of story.claims) {
		const status = STATUS_DEFINITIONS[claim.data.status].label;
		updates.push({
			id: `${claim.id}/status/${claim.data.assessed}`,
			date: claim.data.assessed,
			kind: 'status',
			title: `${status}: ${claim.data.statement}`,
			text: `Status assessed as “${status}”: ${STATUS_DEFINITIONS[claim.data.status].definition}`,
			path: claimPagePath(claim.id),
		});
		claim.data.corrections.forEach((correction, i) => {
			updates.push({
				id: `${claim.id}/correction/${i + 1}`,
				date: correction.date,
				kind: 'correction',
				title: `Correction: ${claim.data.statement}`,
				text: correction.note,
				path: claimPagePath(claim.id),
			});
		});
	}
	return updates.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The latest date recorded on a claim: its last assessment or its latest correction. */
export function claimLastUpdated(claim: { data: { assessed: string; corrections: { date: string }[] } }): string {
	return [claim.data.assessed, ...claim.data.corrections.map((c) => c.date)].sort().at(-1)!;
}

/**
 * When this page last changed: the latest assessment or correction our editors recorded. The
 * article's own date is not ours and never counts.
 */
export function lastUpdated(story: Pick<LoadedStory, 'claims'>): string {
	return story.claims.map(claimLastUpdated).sort().at(-1)!;
}

/** When this page first appeared: the earliest assessment our editors recorded. */
export function firstPublished(story: Pick<LoadedStory, 'claims'>): string {
	return story.claims.map((claim) => claim.data.assessed).sort()[0]!;
}

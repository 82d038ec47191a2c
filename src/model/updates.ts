import { STATUS_DEFINITIONS } from '../schemas/status.ts';
import { statusChanges } from '../story/status-history.ts';
import type { LoadedStory } from './load-story.ts';
import { claimPagePath, reportPagePath } from '../story/urls.ts';
import { reportCredit, reportIdOf } from '../story/reports.ts';
import { firstPublication } from '../story/first-published.ts';
import { claimShareTitle, updateTitle } from '../story/share-title.ts';
import { claimContext, contextText } from './claim-context.ts';

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
	/** The heading and the claim's title for sharing (its claimant and hedged short statement), for a feed item. */
	title: string;
	/** What the item says: the statement and its status, or the correction; then the figures in tension with it or the claims that qualify it. */
	text: string;
	/** The claim it concerns. */
	claim: string;
	/** Path of the claim page it concerns. */
	path: string;
	/** Path of the claim page under the id it was first published as (an alias once renamed): feed ids rest on it. */
	permalink: string;
	/** The report the new claim first appeared in, or that prompted the change: whose it is ("Reuters, 5 Nov 2024") and its page. */
	report?: { credit: string; path: string };
}

type Claims = Pick<LoadedStory, 'claims' | 'published' | 'sourceById' | 'tensions' | 'links' | 'claimById' | 'firstReport' | 'reportById'>;
const label = (status: keyof typeof STATUS_DEFINITIONS) => STATUS_DEFINITIONS[status].label;

type Dated = { data: { assessed: string; corrections: { date: string }[] } };

/** Every date our editors recorded on a claim (its assessment, its corrections), earliest first. */
const recordedDates = (claim: Dated) => [claim.data.assessed, ...claim.data.corrections.map((c) => c.date)].sort();

/**
 * The story's updates, newest first: each claim once, on the day `npm run publish` first recorded
 * it (content/published.json), with the status it had then; every change of status (from what,
 * to what, why) and every other correction, on its own date. Editing a body or `assessed` makes
 * none. Items are keyed by the id the claim was first published under, so a rename keeps them; a
 * claim not yet published has none.
 */
export function storyUpdates(story: Claims): StoryUpdate[] {
	const updates: StoryUpdate[] = [];
	for (const claim of story.claims) {
		const first = firstPublication(claim, story.published.firstPublished);
		if (!first) continue;
		const path = claimPagePath(claim.id);
		const permalink = claimPagePath(first.id);
		const changes = statusChanges(claim.data);
		const initial = changes[0]?.from ?? claim.data.status;
		const heading = `New claim, “${label(initial)}”`;
		const title = (heading: string) => updateTitle(heading, claimShareTitle(claim.data, story.sourceById));
		// A feed item is read alone: it carries the claim's tension or qualification with it.
		const context = contextText(claimContext(claim.id, story));
		const withContext = (text: string) => [text, context].filter(Boolean).join(' ');
		const reportOf = (id: string | undefined) => {
			const report = id === undefined ? undefined : story.reportById.get(id);
			return report && { credit: reportCredit(report, story.sourceById), path: reportPagePath(report.id) };
		};
		const added = reportOf(reportIdOf(claim.data, story.firstReport.id));
		updates.push({
			id: `${first.id}/new`,
			date: first.date,
			kind: 'new',
			heading,
			title: title(heading),
			text: withContext(`${claim.data.statement} “${label(initial)}”: ${STATUS_DEFINITIONS[initial].definition}${added ? ` Added from ${added.credit}.` : ''}`),
			claim: claim.id,
			path,
			permalink,
			report: added,
		});
		// The status the claim had after each correction, so a correction read alone still says it.
		let standing = initial;
		claim.data.corrections.forEach((correction, i) => {
			const change = correction.status;
			if (change) standing = change.to;
			const heading = change ? `Status changed from “${label(change.from)}” to “${label(change.to)}”` : 'Correction';
			const prompted = reportOf(correction.report);
			updates.push({
				id: `${first.id}/correction/${i + 1}`,
				date: correction.date,
				kind: change ? 'status' : 'correction',
				heading,
				title: title(heading),
				text: withContext(`${change ? correction.note : `${correction.note} Status: “${label(standing)}”.`}${prompted ? ` After ${prompted.credit}.` : ''}`),
				claim: claim.id,
				path,
				permalink,
				report: prompted,
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

/** When this page first appeared: the earliest day a claim was published, or, before any was, the earliest date our editors recorded. */
export function firstPublished(story: Claims): string {
	const days = Object.values(story.published.firstPublished).sort();
	return days[0] ?? story.claims.flatMap(recordedDates).sort()[0]!;
}

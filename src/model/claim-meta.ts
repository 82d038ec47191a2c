import { STATUS_DEFINITIONS } from '../schemas/status.ts';
import { intermediaries } from '../story/claim-row.ts';
import { formatDate, isDated } from '../story/dates.ts';
import { creditedWording } from '../story/reports.ts';
import { creditFor } from './report-credit.ts';
import { cutDescription } from '../story/description.ts';
import { claimantNames, claimShareTitle } from '../story/share-title.ts';
import { claimContext, contextBrief } from './claim-context.ts';
import type { ClaimEntry, LoadedStory } from './load-story.ts';
import { claimSides } from '../story/story-index.ts';

/** The most a claim page's description runs to: room for its context, cut at a sentence beyond it. */
const CLAIM_DESCRIPTION_LENGTH = 420;

/**
 * What a claim's page, meta tags, social card and data say about it, derived once: its title
 * for sharing ("<Claimant>: <short statement>"), who made it as its page names them and
 * through which outlet (the chain of attribution travels with the claim), their side, the
 * status, the date as the article gives it, and the figures in tension with it or the claims
 * that qualify it.
 */
export function claimSummary(claim: ClaimEntry, story: LoadedStory) {
	const via = intermediaries(claim.data, story.articleOutlets).map((id) => story.sourceById.get(id)?.data.name ?? id);
	const claimant = `${claimantNames(claim.data, story.sourceById)}${via.length > 0 ? `, via ${via.join(' and ')}` : ''}`;
	// A description has room for the nearest outlet only: the page names every one.
	const claimantBrief = `${claimantNames(claim.data, story.sourceById)}${via.length > 0 ? `, via ${via[0]}${via.length > 1 ? ` and ${via.length - 1} more` : ''}` : ''}`;
	const side = claimSides(claim.data, story.sourceById, story.sides).map(story.sides.label).join(', ');
	const status = STATUS_DEFINITIONS[claim.data.status].label;
	// The date, and whose words it reads from when the words say more than the date: "(HBTV, 6 Nov 2024: “on Tuesday”)".
	const stated = formatDate(claim.data.stated);
	const sameWords = !isDated(claim.data.stated) || stated.toLowerCase().includes(claim.data.stated.wording.toLowerCase());
	const date = sameWords ? stated : `${stated} (${creditedWording(creditFor(story, claim.data), claim.data.stated.wording)})`;
	const context = claimContext(claim.id, story);
	return {
		title: claimShareTitle(claim.data, story.sourceById),
		claimant,
		side,
		status,
		date,
		context,
		description: cutDescription(`${status}. Claimed by ${claimantBrief} (${side}), ${date}. ${contextBrief(context)} From ${story.site.about}.`, CLAIM_DESCRIPTION_LENGTH),
	};
}

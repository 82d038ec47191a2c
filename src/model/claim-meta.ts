import { STATUS_DEFINITIONS } from '../schemas/status.ts';
import { attribution } from '../story/claim-row.ts';
import { formatDate } from '../story/dates.ts';
import type { ClaimEntry, LoadedStory } from './load-story.ts';
import { claimSides } from '../story/story-index.ts';

/**
 * What a claim's page, meta tags, social card and data say about it, derived once: who made it
 * and through which outlet (the chain of attribution travels with the claim), their side, the
 * status, and the date as the article gives it.
 */
export function claimSummary(claim: ClaimEntry, story: LoadedStory) {
	const claimant = attribution(claim.data, story.sourceById, story.articleOutlets);
	const side = claimSides(claim.data, story.sourceById, story.sides).map(story.sides.label).join(', ');
	const status = STATUS_DEFINITIONS[claim.data.status].label;
	const date = formatDate(claim.data.stated);
	return {
		claimant,
		side,
		status,
		date,
		description: `${status}. Claimed by ${claimant} (${side}), ${date}. From ${story.site.about}.`,
	};
}

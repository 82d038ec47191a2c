import { SIDE_LABELS } from '../schemas/side.ts';
import { STATUS_DEFINITIONS } from '../schemas/status.ts';
import { formatDate } from './dates.ts';
import type { ClaimEntry, LoadedStory } from './load-story.ts';
import { claimSides } from './story-index.ts';

/** Who made a claim, by name, and their sides, as one line: "Volodymyr Zelenskyy". */
export function claimantNames(claim: ClaimEntry, story: LoadedStory): string {
	return claim.data.claimant.map((id) => story.sourceById.get(id)!.data.name).join(' and ');
}

/** What a claim's page, card and feed entry say about it, derived once. */
export function claimSummary(claim: ClaimEntry, story: LoadedStory) {
	const claimant = claimantNames(claim, story);
	const side = claimSides(claim.data, story.sourceById).map((s) => SIDE_LABELS[s]).join(', ');
	const status = STATUS_DEFINITIONS[claim.data.status].label;
	const date = formatDate(claim.data.stated);
	return {
		claimant,
		side,
		status,
		date,
		description: `${status}. Claimed by ${claimant} (${side}), ${date}. From the claim-by-claim explainer of North Korean troops in Russia's war against Ukraine.`,
	};
}

// On the 404 page: when the missing address was a claim page (/claims/<id>/), suggest the claim
// its id most likely meant, from the ids and aliases the page was built with.
import { claimIdFromPath, nearestClaim, type KnownId } from '../story/nearest-claim.ts';

const data = document.getElementById('known-claims');
const suggestion = document.querySelector<HTMLElement>('.suggestion');
const typed = claimIdFromPath(location.pathname);
if (data && suggestion && typed) {
	const { known, labels } = JSON.parse(data.textContent ?? '{}') as { known: KnownId[]; labels: Record<string, string> };
	const claim = nearestClaim(typed, known);
	const link = suggestion.querySelector('a');
	if (claim && link) {
		link.href = `/claims/${claim}/`;
		link.textContent = labels[claim] ?? claim;
		suggestion.hidden = false;
	}
}

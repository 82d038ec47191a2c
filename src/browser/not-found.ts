// On the 404 page: when the missing address was a claim page (/claims/<id>/), suggest the claim
// its id most likely meant, from the ids and aliases the page was built with.
import { withBase, withoutBase } from '../story/base-path.ts';
import { claimIdFromPath, nearestClaim, type KnownId } from '../story/nearest-claim.ts';
import { claimPagePath } from '../story/urls.ts';

const data = document.getElementById('known-claims');
const suggestion = document.querySelector<HTMLElement>('.suggestion');
const typed = claimIdFromPath(withoutBase(location.pathname));
if (data && suggestion && typed) {
	const { known, labels } = JSON.parse(data.textContent ?? '{}') as { known: KnownId[]; labels: Record<string, string> };
	const claim = nearestClaim(typed, known);
	const link = suggestion.querySelector('a');
	if (claim && link) {
		link.href = withBase(claimPagePath(claim));
		link.textContent = labels[claim] ?? claim;
		suggestion.hidden = false;
	}
}

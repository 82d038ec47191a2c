import type { Claim } from '../schemas/claim.ts';
import { firstPublication } from '../story/first-published.ts';

/** A claim as `npm run manifest` records it. */
interface PublishedClaim {
	id: string;
	data: Pick<Claim, 'status' | 'aliases' | 'assessed' | 'corrections'>;
}

const sorted = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));

/**
 * The record of publication (content/published.json) with today's claims added: every id ever
 * published, each claim's current status, and the day each claim was first published, kept
 * under the id it was first published as (an alias, once renamed) and never moved. A claim the
 * record already lists without a day (a record written before days were kept) gets the day the
 * site showed for it then, its earliest assessment or correction; a claim never published gets
 * `today`. Every other key of `before` (an editor's `note`) is kept as it is, in its place.
 */
export function recordPublication(before: Record<string, unknown>, claims: PublishedClaim[], today: string) {
	const previous = Array.isArray(before.claims) ? (before.claims as string[]) : [];
	const statusesBefore = (before.statuses ?? {}) as Record<string, string>;
	const days = { ...((before.firstPublished ?? {}) as Record<string, string>) };
	const added: string[] = [];
	for (const claim of claims) {
		if (firstPublication(claim, days)) continue;
		const listed = [claim.id, ...claim.data.aliases].find((id) => previous.includes(id));
		if (listed) days[listed] = [claim.data.assessed, ...claim.data.corrections.map((c) => c.date)].sort()[0]!;
		else {
			days[claim.id] = today;
			added.push(claim.id);
		}
	}
	const changed = claims.filter((claim) => Object.hasOwn(statusesBefore, claim.id) && statusesBefore[claim.id] !== claim.data.status).map((claim) => claim.id);
	const record = {
		...before,
		claims: [...new Set([...previous, ...claims.map((claim) => claim.id)])].sort(),
		statuses: sorted(claims.map((claim) => [claim.id, claim.data.status])),
		firstPublished: sorted(Object.entries(days)),
	};
	return { record, added, changed };
}

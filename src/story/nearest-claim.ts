import { distance } from 'fastest-levenshtein';

/** A claim id or an old alias of one, and the claim it leads to. */
export interface KnownId {
	id: string;
	/** The claim's current id (itself, unless `id` is an alias). */
	claim: string;
}

/** The claim id in a claim page's path (`/claims/<id>/`), or undefined for any other path. */
export function claimIdFromPath(pathname: string): string | undefined {
	const match = /^\/claims\/([^/]+)\/?/.exec(pathname);
	if (!match) return undefined;
	try {
		return decodeURIComponent(match[1]!).toLowerCase();
	} catch {
		return match[1]!.toLowerCase();
	}
}

/**
 * The claim a mistyped or cut-off id most likely meant: a known id that starts with it (a chat
 * app cut the link short), else the nearest by edit distance, if within a third of its length
 * (at least 3 edits). Returns the claim's current id.
 */
export function nearestClaim(typed: string, known: readonly KnownId[]): string | undefined {
	if (!typed || known.length === 0) return undefined;
	if (typed.length >= 4) {
		const prefixed = known.filter((k) => k.id.startsWith(typed)).sort((a, b) => a.id.length - b.id.length)[0];
		if (prefixed) return prefixed.claim;
	}
	let best: KnownId | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of known) {
		const d = distance(typed, candidate.id);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best && bestDistance <= Math.max(3, Math.ceil(typed.length / 3)) ? best.claim : undefined;
}

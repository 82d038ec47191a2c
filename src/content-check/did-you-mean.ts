import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to a mistyped word, if it is near enough to be a likely typo
 * (at most a third of the word's length in edits, and never more than 4).
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
	if (candidates.length === 0) return undefined;
	const best = closest(word, candidates as string[]);
	const limit = Math.min(4, Math.max(2, Math.ceil(word.length / 3)));
	return distance(word, best) <= limit ? best : undefined;
}

/** `; did you mean "confirmed"?`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
	const best = nearest(word, candidates);
	return best ? `; did you mean "${best}"?` : '';
}

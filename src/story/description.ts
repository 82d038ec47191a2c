/** The most characters a page's meta description runs to before it is cut. */
export const DESCRIPTION_LENGTH = 200;

/**
 * `text` cut for a meta description or a preview: whole when it fits; otherwise at the last
 * sentence that ends within `max` characters (when that keeps at least half of them), or else
 * at the last whole word, followed by an ellipsis. Never inside a word.
 */
export function cutDescription(text: string, max = DESCRIPTION_LENGTH): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const head = clean.slice(0, max);
	// A sentence ends at . ! or ? before a space, but not at an initial's point ("U.S. officials").
	const sentences = [...head.matchAll(/(?<!(?:^|[\s.])\p{Lu})[.!?][”’"')]*(?=\s)/gu)];
	const lastSentence = sentences.at(-1);
	if (lastSentence && lastSentence.index + lastSentence[0].length >= max / 2) return `${head.slice(0, lastSentence.index + lastSentence[0].length)} …`;
	// The character after the cut decides: a space there means the head ends on a whole word.
	const words = /\s/.test(clean[max] ?? '') ? head : head.replace(/\s+\S*$/, '');
	return `${words.replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * The article's hedge words: the words that keep a claim from saying more than its claimant
 * did ("suspected", "up to", "could"). A claim shown alone keeps every one its statement
 * carries: in its short label, its title for sharing, its card and its feed item.
 */
export const HEDGE_TERMS = [
	'reportedly',
	'allegedly',
	'apparently',
	'suspected',
	'suggested',
	'up to',
	'about',
	'around',
	'approximately',
	'hundreds',
	'considerable',
	'significant number',
	'could',
	'may',
	'might',
	'likely',
	'possibly',
	'not yet',
] as const;

const termPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'iu');

/** The hedge terms `text` contains, as whole words, in HEDGE_TERMS order: "Up to 10,000 … could soon" → ["up to", "could"]. */
export const hedgeWords = (text: string): string[] => HEDGE_TERMS.filter((term) => termPattern(term).test(text));

/** The hedge terms of `statement` that `text` leaves out: what a shorter wording of it would lose. */
export const missingHedges = (statement: string, text: string): string[] => hedgeWords(statement).filter((term) => !termPattern(term).test(text));

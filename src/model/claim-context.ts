import type { Tension } from '../charts/tension.ts';
import { claimShareTitle } from '../story/share-title.ts';
import type { ClaimLink } from '../story/story-index.ts';
import type { LoadedStory } from './load-story.ts';

/** What a claim shown alone must carry with it: a figure it is in tension with, or a claim that qualifies or contradicts it. */
export interface ClaimContext {
	kind: 'tension' | 'qualified-by' | 'contradicted-by' | 'contradicts';
	/** The other claim's id, to link to. */
	other: string;
	/** The context in words, e.g. "In tension with U.S. State Department's up to 10,000 in the Kursk region (Mon 4 Nov 2024)". */
	text: string;
	/** The same in a few words, naming who, for a description that has room for little: "in tension with U.S. State Department's up to 10,000". */
	brief: string;
}

const LEADS: Record<Exclude<ClaimContext['kind'], 'tension'>, string> = {
	'qualified-by': 'Qualified by',
	'contradicted-by': 'Contradicted by',
	contradicts: 'Contradicts',
};

const kindOf = (link: ClaimLink): Exclude<ClaimContext['kind'], 'tension'> | undefined => {
	if (link.relation === 'qualifies') return link.direction === 'in' ? 'qualified-by' : undefined;
	if (link.relation === 'contradicts') return link.direction === 'in' ? 'contradicted-by' : 'contradicts';
	return undefined;
};

/** The tension of one claim's figure with another's, from the first claim's side. */
function tensionContext(claim: string, tension: Tension): ClaimContext | undefined {
	const other = tension.figure.claim === claim ? tension.against : tension.against.claim === claim ? tension.figure : undefined;
	if (!other) return undefined;
	return {
		kind: 'tension',
		other: other.claim,
		text: `In tension with ${other.who}'s ${other.figure} ${other.scopeLabel} (${other.when}): the site's readings of the two figures do not overlap, so both cannot hold as stated`,
		brief: `in tension with ${other.who}'s ${other.figure}`,
	};
}

/**
 * A claim's context, in the order a reader needs it: figures in tension with its own (the rule
 * of src/charts/tension.ts), then the claims that contradict or qualify it ("Qualified by South
 * Korea's presidential office: Not yet in full-scale combat"), each naming the other claim's
 * claimant. Every surface that shows the claim alone (its page, row, embed, card, feed item,
 * data) carries these, linked where it can link.
 */
export function claimContext(claim: string, story: Pick<LoadedStory, 'tensions' | 'links' | 'claimById' | 'sourceById'>): ClaimContext[] {
	const tensions = story.tensions.map((tension) => tensionContext(claim, tension)).filter((context) => context !== undefined);
	const related = (story.links.get(claim) ?? []).flatMap((link) => {
		const kind = kindOf(link);
		const other = story.claimById.get(link.other);
		const who = other?.data.claimant.map((id) => story.sourceById.get(id)?.data.name ?? id).join(' and ');
		return kind && other ? [{ kind, other: link.other, text: `${LEADS[kind]} ${claimShareTitle(other.data, story.sourceById)}`, brief: `${LEADS[kind].toLowerCase()} ${who}` }] : [];
	});
	return [...tensions, ...related];
}

/** The context as one line of plain text, for feeds, cards and data: "In tension with …. Qualified by …." */
export const contextText = (context: readonly ClaimContext[]) => context.map((item) => `${item.text}.`).join(' ');

/** The context in the fewest words that still name every other claimant, for a description: "In tension with …; qualified by …." */
export const contextBrief = (context: readonly ClaimContext[]) => (context.length === 0 ? '' : `${context.map((item) => item.brief).join('; ').replace(/^./, (c) => c.toUpperCase())}.`);

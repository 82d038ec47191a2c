import { z } from 'astro/zod';
import { Id } from './id.ts';
import { Day } from './date.ts';

/** Where the sources part ways on a question, and over what exactly. */
export const Disagreement = z.strictObject({
	/** What exactly differs, in a few words: e.g. "“combat” against “full-scale combat”". */
	differs: z.string().trim().min(1).max(200),
	/** The claims on each side; their sides come from their claimants. */
	claims: z.array(Id).min(2, { error: 'needs at least two claims, one on each side of the disagreement' }),
	/** A sentence or two on how the claims differ, in our words. */
	note: z.string().trim().min(1).max(600),
});

/**
 * A question a reader brings to the story. The file name is its permanent id and anchor; the
 * Markdown body is the short answer, in our words, reflecting the evidence and its uncertainty.
 */
export const Question = z.strictObject({
	/** The question as a reader would ask it. */
	question: z.string().trim().min(1).max(160),
	/** Position on the page, smallest first. */
	order: z.number().int(),
	/** The claims that bear on the question, as claim ids. */
	claims: z.array(Id).min(1, { error: 'is empty: cite at least one claim that bears on the question' }),
	/** Where the sources disagree, if they do. */
	disagreement: Disagreement.optional(),
	/** The day an editor last read the answer against the claims it cites, YYYY-MM-DD: a status change after it prompts a re-read. */
	reviewed: Day.optional(),
});
export type Question = z.output<typeof Question>;

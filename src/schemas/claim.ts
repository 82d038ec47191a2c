import { z } from 'astro/zod';
import { Day, StatedDate } from './date.ts';
import { Id, IdList } from './id.ts';
import { StatusSchema } from './status.ts';

/** A change of status, from what to what. */
export const StatusChange = z
	.strictObject({
		/** The status the claim had. */
		from: StatusSchema,
		/** The status it has now. */
		to: StatusSchema,
	})
	.refine((change) => change.from !== change.to, { error: 'changes nothing: from and to are the same status' });

/** A dated note that records a change to a claim after it was published. */
export const Correction = z.strictObject({
	/** The day the correction was made, YYYY-MM-DD. */
	date: Day,
	/** What changed and why, in plain words. */
	note: z.string().trim().min(1).max(1000),
	/** For a change of status: `{ from, to }`. Every status change needs one. */
	status: StatusChange.optional(),
	/** The report that prompted the correction, as a report id. */
	report: Id.optional(),
});

/**
 * One atomic claim, as the article attributes it. The file name is the claim's permanent id and
 * anchor; the Markdown body explains the context in the site's own words.
 */
export const Claim = z.strictObject({
	/** What was claimed, in our words, attributed as the article attributes it. */
	statement: z
		.string({ error: 'is missing: write what was claimed' })
		.trim()
		.min(1, { error: 'is empty: write what was claimed' })
		.max(600, { error: 'is longer than 600 characters: keep the statement to one claim' }),
	/** A few words for tables and lists where the statement is too long, e.g. "Up to 10,000 in the Kursk region". Attribution comes from the column or row it sits in. */
	short: z
		.string()
		.trim()
		.min(1, { error: 'is empty: write a few words, or delete the line' })
		.max(60, { error: 'is longer than 60 characters: a few words are enough' })
		.optional(),
	/** The article's exact words, if the claim rests on a short quotation. */
	quote: z.string().trim().min(1).max(200).optional(),
	/** Who made the claim: one source id, or a list when the article names several together. */
	claimant: z.union([Id, z.array(Id).min(1)]).transform((value) => (Array.isArray(value) ? value : [value])),
	/** The outlets that carried the claim, as source ids, nearest to the claimant first. */
	reportedBy: z.array(Id).min(1, { error: 'is empty: name at least the outlet that carried the claim' }),
	/** When the claim was made, in the words of the report it first appeared in. */
	stated: StatedDate,
	/** The reports that carry the claim, as report ids: first the one it first appeared in. When omitted, the story's first report. */
	reports: z.array(Id).optional(),
	/** How well the claim stands, from the status vocabulary. */
	status: StatusSchema,
	/** The day the status was last assessed, YYYY-MM-DD. */
	assessed: Day,
	/** The places the claim is about, as place ids. */
	places: IdList,
	/** Short topic words for grouping, e.g. "troop-numbers". */
	topics: IdList,
	/** Claims this one backs up. */
	supports: IdList,
	/** Claims this one says are wrong. */
	contradicts: IdList,
	/** Claims this one narrows or adds a condition to, without saying they are wrong. */
	qualifies: IdList,
	/** Old ids of this claim that must keep working as links. */
	aliases: IdList,
	/** Dated notes of changes made after publication. */
	corrections: z.array(Correction).default([]),
});
export type Claim = z.output<typeof Claim>;

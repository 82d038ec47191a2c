import { z } from 'astro/zod';
import { StatedDate } from './date.ts';
import { Id } from './id.ts';

/** The word the article puts before a figure. */
export const Qualifier = z.enum(['about', 'around', 'up-to', 'hundreds', 'unqualified']);

const Count = z.number().int().positive();

/** A number of troops, or a range when the article gives no single number. */
export const Figure = z.union([
	Count,
	z
		.strictObject({ min: Count, max: Count })
		.refine((range) => range.min <= range.max, { error: 'min is larger than max' }),
]);

/** One troop figure from the article, as data. */
export const Estimate = z.strictObject({
	/** The figure: a whole number, or `{ min, max }` for a range. */
	value: Figure,
	/** The qualifier the article gives the figure. */
	qualifier: Qualifier,
	/** What the figure counts: one of the story's scopes (content/story.md: scopes). */
	scope: Id,
	/** The article's own words for the figure, e.g. "approximately 11,000". */
	wording: z.string().trim().min(1).max(200),
	/** How the site reads the figure as a range of counts, and why: needed for "up to" (0 to N), "about" and "around" (a tenth either side) and "hundreds" (no number given); shown wherever the range is. */
	basis: z.string().trim().min(1).optional(),
	/** Who gave the figure, as a source id. */
	statedBy: Id,
	/** When the figure was given, in the words of the report it first appeared in. */
	stated: StatedDate,
	/** The reports that carry the figure, as report ids: first the one it first appeared in. When omitted, the story's first report. */
	reports: z.array(Id).optional(),
	/** The claim the figure comes from. */
	claim: Id,
});
export type Estimate = z.output<typeof Estimate>;

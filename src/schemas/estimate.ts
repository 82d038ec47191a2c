import { z } from 'astro/zod';
import { StatedDate } from './date.ts';
import { Id } from './id.ts';

/**
 * How a report qualifies a figure, as a kind: `at-least` and `more-than` give a floor, `about`
 * an approximate value, `nearly` a value just under the number, `at-most`, `as-many-as` and
 * `up-to` a ceiling, `range` two ends (or words such as "hundreds", read as a range), `exact` a
 * bare number.
 */
export const Qualifier = z.enum(['at-least', 'more-than', 'about', 'nearly', 'at-most', 'as-many-as', 'up-to', 'range', 'exact'], {
	error: (issue) =>
		`is ${JSON.stringify(issue.input)}, which is not a qualifier the site knows: write one of at-least, more-than, about, nearly, at-most, as-many-as, up-to, range, exact ("around" is about; "hundreds" is a range; a bare number is exact)`,
});
export type Qualifier = z.output<typeof Qualifier>;

/**
 * What a figure counts: people sent or present (`present`), planned or expected to be sent
 * (`planned`), or a kind of loss. What they are is the story's unit (content/story.md:
 * captions.unit, e.g. troops); where they are counted is the figure's scope.
 */
export const Counts = z.enum(['present', 'planned', 'killed', 'wounded', 'killed-and-wounded', 'captured'], {
	error: (issue) =>
		`is ${JSON.stringify(issue.input)}, which is not something the site counts: write one of present (sent or present), planned (planned or expected to be sent), killed, wounded, killed-and-wounded, captured`,
});
export type Counts = z.output<typeof Counts>;

const Count = z.number().int().positive();

/** A count, or a range when the report gives no single number. */
export const Figure = z.union([
	Count,
	z
		.strictObject({ min: Count, max: Count })
		.refine((range) => range.min <= range.max, { error: 'min is larger than max' }),
]);

/** Another report's words for the same statement of a figure: kept on that report, never a second figure. */
export const OtherWording = z.strictObject({
	/** The report that words it so, as a report id. */
	report: Id,
	/** That report's own words for the figure, e.g. "more than 10,000". */
	wording: z.string().trim().min(1).max(200),
});

/** One figure from the reports, as data: troops or losses, with its qualifier, scope and words. */
export const Estimate = z.strictObject({
	/** The figure: a whole number, or `{ min, max }` for a range. */
	value: Figure,
	/** What the figure counts. */
	counts: Counts,
	/** The qualifier the report gives the figure, as a kind. */
	qualifier: Qualifier,
	/** Where the counted are: one of the story's scopes (content/story.md: scopes). */
	scope: Id,
	/** The report's own words for the figure, e.g. "approximately 11,000". */
	wording: z.string().trim().min(1).max(200),
	/** How the site reads the figure as a range of counts, and why: needed for every qualifier but exact; shown wherever the range is. */
	basis: z.string().trim().min(1).optional(),
	/** Who gave the figure, as a source id. */
	statedBy: Id,
	/** When the figure was given, in the words of the report it first appeared in. */
	stated: StatedDate,
	/** The reports that carry the figure, as report ids: first the one it first appeared in. When omitted, the story's first report. */
	reports: z.array(Id).optional(),
	/** The same statement as other reports word it, each on its report. */
	otherWordings: z.array(OtherWording).default([]),
	/** The claim the figure comes from. */
	claim: Id,
});
export type Estimate = z.output<typeof Estimate>;

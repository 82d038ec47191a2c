import { z } from 'astro/zod';
import { StatedDate } from './date.ts';
import { Id } from './id.ts';
import { WebUrl } from './url.ts';

/**
 * One report the story draws on (`content/reports/<id>.md`): an article or bulletin, by an outlet,
 * on a day. The site's claims, figures and dates come from reports on file; the story names its
 * first report (content/story.md: firstReport), against which a claim naming none is read.
 */
export const Report = z.strictObject({
	/** The outlet that published the report, as a source id. */
	outlet: Id,
	/** The agency whose copy the report carries, as a source id. */
	agency: Id.optional(),
	/** The dateline city, only where the report prints one: an invented dateline would be printed as fact. */
	dateline: z.string().trim().min(1).optional(),
	/** The report's publication date, a day: its relative dates ("on Wednesday") are resolved against it. */
	published: StatedDate.refine((date) => date.precision === 'day', {
		path: ['precision'],
		error: (issue) =>
			`is "${(issue.input as { precision?: string }).precision}", but the publication date must be one day (precision: day, value YYYY-MM-DD): the claims' dates are read against it. If the report gives less, write the day you infer and say why under basis`,
	}),
	/** The report's headline, as published; the report's page says when none is on file. */
	title: z.string().trim().min(1).max(300).optional(),
	/** Where the report can be read. */
	url: WebUrl.optional(),
});
export type Report = z.output<typeof Report>;

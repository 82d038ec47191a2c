import { z } from 'astro/zod';
import { StatedDate } from './date.ts';
import { Id } from './id.ts';
import { WebUrl } from './url.ts';

/**
 * One report the story draws on (`content/reports/<id>.md`): an article or bulletin, by an outlet,
 * on a day. The site's claims, figures and dates come from reports on file; the earliest is the
 * first report, against which a claim naming none is read.
 */
export const Report = z.strictObject({
	/** The outlet that published the report, as a source id. */
	outlet: Id,
	/** The agency whose copy the report carries, as a source id. */
	agency: Id.optional(),
	/** The dateline city of the report. */
	dateline: z.string().trim().min(1),
	/** The report's publication date, a day: its relative dates ("on Wednesday") are resolved against it. */
	published: StatedDate.refine((date) => date.precision === 'day', {
		path: ['precision'],
		error: (issue) =>
			`is "${(issue.input as { precision?: string }).precision}", but the publication date must be one day (precision: day, value YYYY-MM-DD): the claims' dates are read against it. If the report gives less, write the day you infer and say why under basis`,
	}),
	/** The report's headline, as published. */
	title: z.string().trim().min(1).max(300).optional(),
	/** Where the report can be read. */
	url: WebUrl.optional(),
});
export type Report = z.output<typeof Report>;

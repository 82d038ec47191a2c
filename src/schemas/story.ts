import { z } from 'astro/zod';
import { StatedDate } from './date.ts';
import { Id } from './id.ts';

/** The story's front matter: headline, dek and the article it is built from. */
export const Story = z.strictObject({
	/** The page headline. */
	headline: z.string().trim().min(1).max(160),
	/** One or two sentences under the headline. */
	dek: z.string().trim().min(1).max(400),
	/** The article's publication date, a day: relative dates ("on Wednesday") are resolved against it. */
	published: StatedDate.refine((date) => date.precision === 'day', {
		path: ['precision'],
		error: (issue) =>
			`is "${(issue.input as { precision?: string }).precision}", but the publication date must be one day (precision: day, value YYYY-MM-DD): the claims' dates are read against it. If the article gives less, write the day you infer and say why under basis`,
	}),
	/** The dateline city of the article. */
	dateline: z.string().trim().min(1),
	/** The outlet that published the article, as a source id. */
	outlet: Id,
	/** The agency whose copy the article carries, as a source id. */
	agency: Id.optional(),
	/** The sections claims are grouped in, in page order; a claim sits under its first topic. */
	topics: z
		.array(
			z.strictObject({
				/** The topic id that claims list under `topics`. */
				id: Id,
				/** The section heading shown on the page. */
				title: z.string().trim().min(1).max(120),
			}),
		)
		.min(1),
});
export type Story = z.output<typeof Story>;

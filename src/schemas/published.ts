import { z } from 'astro/zod';
import { Day } from './date.ts';
import { StatusSchema } from './status.ts';

/**
 * The record of what has been published (`content/published.json`), written by `npm run
 * manifest` and kept in git. Keys it does not name (an editor's `note`) are kept as they are.
 */
export const PublishedRecord = z.looseObject({
	/** Every claim id ever published; an id is never removed. */
	claims: z.array(z.string()),
	/** Each published claim's status as last recorded. */
	statuses: z.record(z.string(), StatusSchema).default({}),
	/**
	 * The day each claim was first published, keyed by the id it was first published under (a
	 * renamed claim keeps it under its old id, now an alias). A claim is new once, on this day.
	 */
	firstPublished: z.record(z.string(), Day).default({}),
});
export type PublishedRecord = z.output<typeof PublishedRecord>;

import { z } from 'astro/zod';
import { Id } from './id.ts';
import { StatedDate } from './date.ts';
import { IdList } from './id.ts';

/** A dated event on the story's timeline. */
export const TimelineEvent = z.strictObject({
	/** What happened, in a short line in our words. */
	title: z.string().trim().min(1).max(200),
	/** When it happened, with the article's wording. */
	date: StatedDate,
	/** Claims that tell of the event. */
	claims: IdList,
	/** Places where it happened. */
	places: IdList,
	/** A key event: listed under "What we know now" at the top of the story, as live blogs pin their key events. */
	key: z.boolean().default(false),
	/** The reports that tell of it, as report ids: first the one its date wording comes from. When omitted, the story's first report. */
	reports: z.array(Id).optional(),
});
export type TimelineEvent = z.output<typeof TimelineEvent>;

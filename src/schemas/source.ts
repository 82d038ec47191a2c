import { z } from 'astro/zod';
import { Id } from './id.ts';
import { WebUrl } from './url.ts';

/** What kind of voice a source is. Claimants and outlets are both sources. */
export const SourceKind = z.enum([
	'official',
	'government-body',
	'unnamed-official',
	'former-official',
	'news-agency',
	'newspaper',
	'broadcaster',
	'news-outlet',
	'unnamed-source',
]);

/** A person, institution or outlet that made or carried a claim. */
export const Source = z.strictObject({
	/** The name as a reader should see it, e.g. "Volodymyr Zelenskyy". */
	name: z.string().trim().min(1).max(120),
	/** How the article identifies the source, e.g. "Ukrainian President". */
	role: z.string().trim().min(1).max(200),
	/** What kind of voice this is. */
	kind: SourceKind,
	/** The country or side the source speaks for: one of the story's sides (content/story.md: sides). */
	side: Id,
	/** The source's own web address, if it has one worth linking. */
	url: WebUrl.optional(),
});
export type Source = z.output<typeof Source>;

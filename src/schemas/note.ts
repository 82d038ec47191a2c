import { z } from 'astro/zod';

/** A section of the method notes; the Markdown body is the text. */
export const Note = z.strictObject({
	/** The section heading. */
	title: z.string().trim().min(1).max(120),
	/** Position among the notes, smallest first. */
	order: z.number().int(),
});
export type Note = z.output<typeof Note>;

import { z } from 'astro/zod';

/**
 * A permanent id: lower-case ASCII letters and digits in hyphen-separated words.
 * Ids become anchors and URLs, so anything else (capitals, spaces, accents, zero-width or
 * right-to-left characters) is refused rather than normalised behind the editor's back.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id we accept; longer ones make unreadable URLs. */
export const ID_MAX_LENGTH = 80;

/** A reference to another entry by its id (its file name without `.md`). */
export const Id = z
	.string()
	.max(ID_MAX_LENGTH, { error: `is longer than ${ID_MAX_LENGTH} characters` })
	.regex(ID_PATTERN, {
		error: 'is not an id: use lower-case letters, digits and single hyphens, like "kursk-region"',
	});

/** A list of ids; an absent list means none. */
export const IdList = z.array(Id).default([]);

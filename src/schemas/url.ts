import { z } from 'astro/zod';

/** A web address that a reader can follow: http or https only, never `javascript:` or `data:`. */
export const WebUrl = z.string().refine(
	(text) => {
		try {
			const { protocol } = new URL(text);
			return protocol === 'https:' || protocol === 'http:';
		} catch {
			return false;
		}
	},
	{ error: 'is not a web address: give a full https:// URL' },
);

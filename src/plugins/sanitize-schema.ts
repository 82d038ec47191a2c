import { defaultSchema, type Options } from 'rehype-sanitize';

import { CONTENT_ID_PREFIX } from '../story/urls.ts';

/**
 * What HTML editors' Markdown may produce. GitHub's default (no script, no event handlers, no
 * `javascript:` or `data:` URLs, no style), and the `claim-ref` class on citation links. Every
 * `id` and `name` written in a body gets the `content-` prefix (the sanitizer's protection
 * against DOM clobbering): a body's `<img name="querySelector">` cannot replace
 * `document.querySelector`, and a body's `id="key-questions"` cannot take a page anchor. Claim
 * ids and aliases may not start with the prefix (src/story/urls.ts), so no body can take one.
 */
export const sanitizeSchema: Options = {
	...defaultSchema,
	clobberPrefix: CONTENT_ID_PREFIX,
	attributes: {
		...defaultSchema.attributes,
		a: [['className', 'claim-ref'], ...(defaultSchema.attributes?.a ?? [])],
	},
};

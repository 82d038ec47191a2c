import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * What HTML editors' Markdown may produce. GitHub's default (no script, no event handlers, no
 * `javascript:` or `data:` URLs, no style), keeping ids as written (no `user-content-` prefix,
 * since ids are our anchors) and the `claim-ref` class on citation links.
 */
export const sanitizeSchema: Options = {
	...defaultSchema,
	clobberPrefix: '',
	attributes: {
		...defaultSchema.attributes,
		a: [['className', 'claim-ref'], ...(defaultSchema.attributes?.a ?? [])],
	},
};

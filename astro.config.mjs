// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { contentGuard } from './src/integrations/content-guard.ts';
import { remarkClaimCitation } from './src/plugins/remark-claim-citation.ts';
import { sanitizeSchema } from './src/plugins/sanitize-schema.ts';

export default defineConfig({
	site: 'https://kursk-explainer.example',
	integrations: [contentGuard()],
	markdown: {
		processor: unified({
			remarkPlugins: [remarkDirective, remarkClaimCitation],
			rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema]],
		}),
	},
});

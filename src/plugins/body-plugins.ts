// The rehype plugins every Markdown body goes through, in order, for astro.config.mjs and the
// tests: raw HTML parsed, sanitized (src/plugins/sanitize-schema.ts), addresses checked in every
// attribute that carries one, and each heading given a `content-` id, so that a body's
// "## Sources" can never take the page's #sources (Astro keeps an id a heading already has).
import rehypeRaw from 'rehype-raw';
import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import { CONTENT_ID_PREFIX } from '../story/urls.ts';
import { rehypeUrlPolicy } from './rehype-url-policy.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export const bodyRehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeUrlPolicy, [rehypeSlug, { prefix: CONTENT_ID_PREFIX }]];

// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import remarkDirective from 'remark-directive';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { remarkClaimCitation } from './src/plugins/remark-claim-citation.ts';
import { bodyRehypePlugins } from './src/plugins/body-plugins.ts';
import { aliasPaths } from './src/content-check/alias-paths.ts';
import { siteAddress, siteAddressNotice } from './src/integrations/site-address.ts';
import { withoutBase } from './src/story/base-path.ts';
import { rehypeBasePath } from './src/plugins/rehype-base-path.ts';

const redirectPaths = await aliasPaths();
// SITE_URL and BASE_PATH (docs/deploy.md): the placeholder address when unset, the root when no base path.
const { site, base } = siteAddress();

export default defineConfig({
	// The public address, for canonical URLs, feeds and social cards: `npm run publish` requires SITE_URL.
	site,
	// The folder the site is served under ('/repo' on a GitHub Pages project site); every link goes through withBase().
	base: base || '/',
	integrations: [
		siteAddressNotice(),
		contentGuard(),
		searchIndex(),
		securityHeaders(),
		// Claim pages and the story; redirect pages of old ids carry noindex and stay out.
		// Embed pages are for other sites' frames, not for search: they stay out too.
		sitemap({ filter: (page) => !redirectPaths.has(withoutBase(new URL(page).pathname, base)) && !withoutBase(new URL(page).pathname, base).startsWith('/embed/') }),
	],
	// Stylesheets are always files, never inline <style>, so the CSP needs no 'unsafe-inline'.
	// Four pages at a time: while one waits on the disk (writing a page, reading a cached card),
	// another renders. The output is byte for byte the same as one at a time.
	build: { inlineStylesheets: 'never', concurrency: 4 },
	// Scoped styles match a class rather than a data attribute on every element: fewer bytes.
	scopedStyleStrategy: 'class',
	// Likewise scripts: Astro inlines small ones below this limit; 0 keeps every script a file.
	// One stylesheet for every page: split CSS chunks each cost the first paint a request and a parse.
	// The base path, written into pages and browser code as a constant (src/story/base-path.ts): Astro's own
	// import.meta.env.BASE_URL reads the environment at build time, where a BASE_URL variable would win.
	vite: { define: { __SITE_BASE__: JSON.stringify(base) }, build: { assetsInlineLimit: 0, cssCodeSplit: false } },
	markdown: {
		processor: unified({
			remarkPlugins: [remarkDirective, remarkClaimCitation],
			// Last, the base path before every root-absolute address a body holds (links, images, citations).
			rehypePlugins: [...bodyRehypePlugins, [rehypeBasePath, { base }]],
		}),
	},
});

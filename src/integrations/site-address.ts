import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../story/base-path.ts';

/**
 * Where the site is published: SITE_URL (its address) and BASE_PATH (the folder under that
 * address, for a GitHub Pages project site). Both are read from the environment by
 * astro.config.mjs, the build's one-line notice and `npm run publish`'s guard.
 */

/** The address a build uses when none is set: fine for a preview and the tests, never published. */
export const PLACEHOLDER_SITE_URL = 'https://kursk-explainer.example';

/** How to set the address, and where each host sets it: the publish guard's message (docs/deploy.md has more). */
export const SITE_URL_HELP = [
	'Set SITE_URL to the address readers will use, e.g.',
	'  SITE_URL=https://explainer.example.org npm run publish',
	'Where each host sets it (docs/deploy.md has the details):',
	'  Cloudflare Pages: Settings → Variables and Secrets → add SITE_URL (Production), then redeploy.',
	'  Netlify: Site configuration → Environment variables → add SITE_URL, then redeploy.',
	'  GitHub Pages: the workflow in docs/github-pages.yml sets SITE_URL and BASE_PATH from the Pages settings.',
	'  Your own server (nginx): SITE_URL=https://your.domain npm run publish, then copy dist/ to the server.',
].join('\n');

export interface SiteAddress {
	/** The published address's origin (Astro's `site`), for canonical URLs, feeds, cards and embeds. */
	site: string;
	/** The base path ('' or '/repo'). */
	base: string;
	/** True when no SITE_URL was given and the placeholder stands in. */
	placeholder: boolean;
}

/**
 * The address and base path from the environment. BASE_PATH wins; without it, the path of
 * SITE_URL is the base (SITE_URL=https://user.github.io/repo publishes under /repo/).
 * Throws on a SITE_URL that is not an http(s) address.
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
	const given = env.SITE_URL?.trim();
	const placeholder = !given || given.replace(/\/+$/, '') === PLACEHOLDER_SITE_URL;
	let url: URL;
	try {
		url = new URL(given || PLACEHOLDER_SITE_URL);
	} catch {
		throw new Error(`SITE_URL="${given}" is not an address: write it in full, e.g. https://explainer.example.org`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL="${given}" must start with https://`);
	const base = normalizeBase(env.BASE_PATH ?? url.pathname);
	return { site: url.origin, base, placeholder };
}

/** Says in one line, at the start of a build, when the site is built for the placeholder address. */
export function siteAddressNotice(): AstroIntegration {
	return {
		name: 'site-address',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (siteAddress().placeholder) logger.warn(`No SITE_URL: links, feeds and cards point at ${PLACEHOLDER_SITE_URL}. Fine for a preview; set SITE_URL to publish (docs/deploy.md).`);
			},
		},
	};
}

/**
 * The base path: the folder the site is published under, '' at a domain's root and '/repo' for
 * a GitHub Pages project site (user.github.io/repo/). Astro's `base` sets it (BASE_PATH at build
 * time, see astro.config.mjs); Vite writes it into pages and browser code. Code run by Node alone
 * (commands, integrations, remark and rehype plugins) sees the root unless it is passed.
 *
 * The story's helpers (`claimPagePath`, `claimAnchorHref`, `questionPagePath`, the embeds' paths)
 * build paths within the site, `/claims/x/`; `withBase` turns one into the address a link
 * carries, `/repo/claims/x/`, and `siteUrl` into an absolute URL on the published site.
 */

/** `base` as '' or '/folder': a leading slash, no trailing one. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '' : `/${trimmed}`;
}

/** The base path, as astro.config.mjs has Vite write it into pages and browser code; undeclared in plain Node. */
declare const __SITE_BASE__: string | undefined;

/** The base path this build was made with ('' when the site is at the domain's root). */
export const BASE_PATH = normalizeBase(typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : undefined);

/** A root-absolute site path (`/claims/x/`, `/#id`) as the address a link carries: the base path before it. */
export const withBase = (path: string, base = BASE_PATH): string => (path.startsWith('/') && !path.startsWith('//') ? `${base}${path}` : path);

/** A pathname the browser shows, less the base path: the site path a helper would have built. */
export function withoutBase(pathname: string, base = BASE_PATH): string {
	if (!base) return pathname;
	if (pathname === base) return '/';
	return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

/** A site path as an absolute URL on the published site, `site` being its address (with or without the base path). */
export const siteUrl = (path: string, site: URL | string, base = BASE_PATH): string => new URL(withBase(path, base), site).href;

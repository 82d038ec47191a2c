import { mapTiles } from '../site-config.ts';

/** A configured map tile server's origin, the one other origin images may come from. */
const tiles = mapTiles ? ` ${new URL(mapTiles.url.replace(/\{[^}]+\}/g, '0')).origin}` : '';

/**
 * The Content-Security-Policy: only this site's own files run or load. No inline script, no
 * inline style, no third-party origin. 'wasm-unsafe-eval' lets the search index (WebAssembly)
 * start; it allows no JavaScript eval. A configured map tile server is the one exception.
 */
export function contentSecurityPolicy({ forHeader = false, frameAncestors = "'none'" } = {}): string {
	const directives = [
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		`img-src 'self'${tiles}`,
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		// Only honoured as a header: a <meta> policy cannot say who may frame the page.
		...(forHeader ? [`frame-ancestors ${frameAncestors}`] : []),
	];
	return directives.join('; ');
}

/**
 * The dev preview's policy, sent as a header on its pages: what content may load (images, media,
 * frames, objects, forms) is held to the site's own rules, while the dev server's inline scripts
 * and styles and its live-reload connection stay allowed. Markup in a body that the check missed
 * fetches nothing from elsewhere in the preview either.
 */
export function previewContentPolicy(): string {
	return [`img-src 'self'${tiles}`, "media-src 'self'", "frame-src 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join('; ');
}

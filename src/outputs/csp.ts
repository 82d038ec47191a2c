import { mapTiles } from '../site-config.ts';

/**
 * The Content-Security-Policy: only this site's own files run or load. No inline script, no
 * inline style, no third-party origin. 'wasm-unsafe-eval' lets the search index (WebAssembly)
 * start; it allows no JavaScript eval. A configured map tile server is the one exception.
 */
export function contentSecurityPolicy({ forHeader = false, frameAncestors = "'none'" } = {}): string {
	const tiles = mapTiles ? ` ${new URL(mapTiles.url.replace(/\{[^}]+\}/g, '0')).origin}` : '';
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

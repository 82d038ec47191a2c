/**
 * `_headers` and `_redirects`, the files Cloudflare Pages and Netlify read from the built site.
 *
 * Headers go by route, never by page: a fixed handful of rules whatever the number of claims,
 * because Cloudflare Pages reads only the first 100 rules of `_headers` and silently drops the
 * rest. Every page shares one Content-Security-Policy (no per-page hashes: the policy allows no
 * inline script or style at all), so `/*` can carry it; what a <meta> policy cannot say rides
 * with it: `frame-ancestors 'none'`, and caching. The embed pages then take framing back, and
 * hashed assets their long caching, each host in its own way, in one file both read:
 *  - Cloudflare Pages applies every matching rule and joins a header set twice with a comma
 *    (two policies, both enforced), so a later rule first detaches it with `! Name`;
 *  - Netlify applies every matching rule, a later one replacing a header an earlier one set, and
 *    skips a line with no colon, so the `! Name` line is inert there.
 */

/** What each host reads of these files before it truncates or skips (Cloudflare Pages' documented limits; Netlify's are higher). */
export const HOST_LIMITS = { headerRules: 100, headerLineLength: 2000, staticRedirects: 2000, redirectLineLength: 1000 } as const;

/** A rule of `_headers`: a path pattern, headers to detach first (Cloudflare's `! Name`), then headers to set. */
export interface HeaderRule {
	path: string;
	detach: string[];
	set: [name: string, value: string][];
}

/** A permanent move: an old address (an alias, a moved page) and where it now lives, both site paths. */
export interface Redirect {
	from: string;
	to: string;
}

/** HTML, feeds and data change with every edit: revalidated on each visit (ETag), or within minutes for feed readers. */
export const CACHE_PAGES = 'public, max-age=0, must-revalidate';
export const CACHE_FEEDS = 'public, max-age=300';
/** Files under /_astro/ are named by their content's hash: a changed file is a new name. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';

/**
 * The header rules for a build: `files` are its paths within the site (`claims/x/index.html`,
 * `_astro/a1b2.css`), read only for which kinds of route exist, so a story of 29 claims and one of
 * 10,000 get the same rules. `csp` is the pages' policy without `frame-ancestors`.
 */
export function headerRules({ files, csp, base = '' }: { files: Iterable<string>; csp: string; base?: string }): HeaderRule[] {
	const present = new Set<string>();
	for (const file of files) present.add(file.includes('/') ? `${file.split('/')[0]}/` : file);
	const rules: HeaderRule[] = [
		{
			path: `${base}/*`,
			detach: [],
			set: [
				['Content-Security-Policy', `${csp}; frame-ancestors 'none'`],
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', 'strict-origin-when-cross-origin'],
				['Cache-Control', CACHE_PAGES],
			],
		},
	];
	const replace = (path: string, name: string, value: string) => rules.push({ path: `${base}${path}`, detach: [name], set: [[name, value]] });
	// Any site may frame an embed: the same policy, every ancestor allowed.
	if (present.has('embed/')) replace('/embed/*', 'Content-Security-Policy', `${csp}; frame-ancestors *`);
	if (present.has('_astro/')) replace('/_astro/*', 'Cache-Control', CACHE_HASHED);
	for (const feed of ['feed.xml', 'feed.json']) if (present.has(feed)) replace(`/${feed}`, 'Cache-Control', CACHE_FEEDS);
	for (const folder of ['data', 'oembed']) if (present.has(`${folder}/`)) replace(`/${folder}/*`, 'Cache-Control', CACHE_FEEDS);
	return rules;
}

const HEADERS_INTRO = [
	'# Written by the build (src/outputs/host-rules.ts) for Cloudflare Pages and Netlify: rules by route, applied in order.',
	"# '! Name' detaches a header an earlier rule set (Cloudflare Pages); Netlify skips that line and lets the later rule win.",
];

/** `_headers` as text. Throws when a host would skip part of it (too many rules, a line too long). */
export function headersFile(rules: HeaderRule[]): string {
	if (rules.length > HOST_LIMITS.headerRules) throw new Error(`_headers would hold ${rules.length} rules: Cloudflare Pages applies only the first ${HOST_LIMITS.headerRules}. Write rules by route, not by page.`);
	const blocks = rules.map((rule) => [rule.path, ...rule.detach.map((name) => `  ! ${name}`), ...rule.set.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
	const text = `${[...HEADERS_INTRO, '', blocks.join('\n\n')].join('\n')}\n`;
	tooLong(text, HOST_LIMITS.headerLineLength, '_headers');
	return text;
}

/**
 * `_redirects` as text: each move answered with HTTP 301. On Netlify (`force`, when NETLIFY=true
 * in its build) `301!`, since Netlify serves a file that exists at the old path (the HTML redirect
 * page kept for other hosts) rather than redirect; Cloudflare Pages always redirects, and refuses `301!`.
 * Throws when a host would skip part of it.
 */
export function redirectsFile(redirects: readonly Redirect[], { base = '', force = false } = {}): string {
	if (redirects.length > HOST_LIMITS.staticRedirects) throw new Error(`_redirects would hold ${redirects.length} redirects: Cloudflare Pages applies only the first ${HOST_LIMITS.staticRedirects}.`);
	const status = force ? '301!' : '301';
	const lines = [...redirects].sort((a, b) => a.from.localeCompare(b.from)).map(({ from, to }) => `${base}${from} ${base}${to} ${status}`);
	const text = `# Written by the build (src/outputs/host-rules.ts): old claim ids and moved pages, as permanent redirects.\n${lines.join('\n')}\n`;
	tooLong(text, HOST_LIMITS.redirectLineLength, '_redirects');
	return text;
}

function tooLong(text: string, limit: number, file: string) {
	const lines = text.split('\n');
	const at = lines.findIndex((line) => line.length > limit);
	if (at >= 0) throw new Error(`${file} line ${at + 1} is ${lines[at]!.length} characters: Cloudflare Pages ignores a line over ${limit}. ${lines[at]!.slice(0, 80)}…`);
}

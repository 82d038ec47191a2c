// Which addresses a Markdown body may carry in which attribute, shared by the sanitizer (which
// drops the rest) and the content check (which refuses them, with the line). Links may go to
// the web, mail or this site; what a page loads by itself (an image, a video's poster, each
// `srcset` candidate) must come from this site, as its Content-Security-Policy demands; and
// addresses given as data (`cite`, `longdesc`, `itemtype`) are web addresses.

/** How an attribute uses its address. */
export type UrlKind = 'link' | 'resource' | 'srcset' | 'web';

/** Every URL-bearing attribute (as hast names it) and how it uses the address. */
export const URL_ATTRIBUTES: readonly [string, UrlKind][] = [
	['href', 'link'],
	['action', 'link'],
	['formAction', 'link'],
	['src', 'resource'],
	['poster', 'resource'],
	['background', 'resource'],
	['data', 'resource'],
	['srcSet', 'srcset'],
	['imageSrcSet', 'srcset'],
	['cite', 'web'],
	['longDesc', 'web'],
	['itemType', 'web'],
	['itemId', 'web'],
	['ping', 'web'],
	['manifest', 'web'],
	['profile', 'web'],
];

/** An address as a browser reads it: tabs and line breaks removed, spaces and control characters trimmed. */
const normalise = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const onThisSite = (url: string) => /^\/(?![/\\])/.test(url);

/** Why `value` may not be in an attribute of this kind, as the end of an editor's message; undefined when it may. */
export function urlProblem(value: string, kind: UrlKind): string | undefined {
	const url = normalise(value);
	const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
	if (kind === 'srcset') {
		const candidates = url.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
		const bad = candidates.find((candidate) => candidate && urlProblem(candidate, 'resource'));
		return bad === undefined ? undefined : urlProblem(bad, 'resource');
	}
	if (kind === 'resource') {
		return onThisSite(url) ? undefined : 'the site loads files from its own folder only (its security policy blocks other addresses): save the file under public/ and write its path, like /images/name.png';
	}
	if (kind === 'web') return scheme === 'https' || scheme === 'http' ? undefined : 'is not a web address: write a full https:// address, or delete it';
	if (scheme === undefined || ['https', 'http', 'mailto'].includes(scheme)) return undefined;
	return `"${scheme}:" is not an address a reader can follow, so the site removes it: link to an https:// address or to a page of this site`;
}

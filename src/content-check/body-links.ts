// Links in a body to this site's own pages, resolved at check time as `:claim` citations are:
// `/#claim-id`, `/#source-…`, `/claims/<id>/`, `/questions/<id>/`, the fixed pages and the files
// in public/. A link that would land nowhere (a claim since renamed without an alias, a
// question that does not exist, a mistyped section) is an error naming the nearest real one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RESERVED_IDS } from '../story/urls.ts';
import { didYouMean } from './did-you-mean.ts';

/** What the site's pages are made of: ids by kind, and the folder of its static files. */
export interface SiteIds {
	/** Claim ids and every alias. */
	claims: ReadonlySet<string>;
	questions: ReadonlySet<string>;
	/** Ids an anchor prefix stands for on the story page: source-…, place-…, event-…, note-…, topic-…, status-…. */
	prefixed: Readonly<Record<string, ReadonlySet<string>>>;
	publicDir: string;
}

/** Pages every build has, whatever the content. */
const FIXED_PAGES = new Set(['/', '/updates/', '/embed/map/', '/embed/figures/', '/feed.xml', '/feed.json', '/data/claims.csv', '/data/claims.json', '/data/estimates.csv', '/data/estimates.json', '/map/story-map.svg', '/map/story-map-light.webp', '/map/story-map-dark.webp', '/og/story.png', '/oembed/map.json', '/oembed/figures.json', '/404.html', '/sitemap-index.xml']);
/** Anchors of parts the page draws whose ids the check cannot list (charts, days of updates, body headings). */
const UNLISTED_PREFIXES = ['chart-', 'waffle-', 'estimates-', 'update-', 'day-', 'content-', 'report-'];
/** Ids of parts with a prefix that are not an entry's: the note on figures, the status definitions. */
const FIXED_ANCHORS = new Set(['note-figures-compared', 'status-definition', 'who-says-what', 'reports', 'claim-sources', 'embed-statement']);

/** Pages with an id in their path: the pattern, and which ids it takes. */
const ID_PAGES: [RegExp, 'claims' | 'questions', string][] = [
	[/^\/claims\/([^/]+)\/?$/, 'claims', 'claim'],
	[/^\/embed\/claims\/([^/]+)\/?$/, 'claims', 'claim'],
	[/^\/og\/claims\/([^/]+)\.png$/, 'claims', 'claim'],
	[/^\/oembed\/claims\/([^/]+)\.json$/, 'claims', 'claim'],
	[/^\/questions\/([^/]+)\/?$/, 'questions', 'question'],
];

/** Why an anchor on the story page (`/#x`) lands nowhere, or undefined. */
function anchorProblem(anchor: string, ids: SiteIds): string | undefined {
	if (!anchor || ids.claims.has(anchor) || RESERVED_IDS.has(anchor) || FIXED_ANCHORS.has(anchor)) return undefined;
	if (UNLISTED_PREFIXES.some((prefix) => anchor.startsWith(prefix))) return undefined;
	for (const [prefix, known] of Object.entries(ids.prefixed)) {
		if (!anchor.startsWith(prefix)) continue;
		const id = anchor.slice(prefix.length);
		return known.has(id) ? undefined : `"#${anchor}" is not on the story page: there is no ${prefix.slice(0, -1)} "${id}"${didYouMean(id, [...known]).replace(/"([^"]+)"\?$/, `"${prefix}$1"?`)}`;
	}
	return `"#${anchor}" is not on the story page: it is no claim id, alias or section${didYouMean(anchor, [...ids.claims, ...RESERVED_IDS])}`;
}

/**
 * Why a link in a body does not land on a page of this site, or undefined when it does (or when
 * it leads elsewhere: other sites are not checked here).
 */
export function siteLinkProblem(href: string, ids: SiteIds): string | undefined {
	const url = href.trim();
	if (!url.startsWith('/') || url.startsWith('//')) return undefined;
	const [beforeHash, ...hashParts] = url.split('#');
	const pathPart = beforeHash!.split('?')[0]!;
	let pagePath: string;
	let anchor: string;
	try {
		pagePath = decodeURIComponent(pathPart);
		anchor = decodeURIComponent(hashParts.join('#'));
	} catch {
		return `links to "${url}", which has a stray "%": write the address without it (a % must be followed by two hex digits)`;
	}
	if (pagePath === '/' || pagePath === '') {
		const problem = anchorProblem(anchor, ids);
		return problem && `links to "${url}", but ${problem}`;
	}
	for (const [pattern, kind, noun] of ID_PAGES) {
		const id = pattern.exec(pagePath)?.[1];
		if (id === undefined) continue;
		return ids[kind].has(id) ? undefined : `links to "${url}", but there is no ${noun} "${id}"${didYouMean(id, [...ids[kind]])}`;
	}
	if (FIXED_PAGES.has(pagePath) || FIXED_PAGES.has(`${pagePath}/`)) return undefined;
	const file = path.join(path.resolve(ids.publicDir), pagePath);
	if (file.startsWith(path.resolve(ids.publicDir) + path.sep) && existsSync(file)) return undefined;
	return `links to "${url}", which is no page of this site: link to a claim as /#claim-id or /claims/claim-id/, to a question as /questions/question-id/`;
}

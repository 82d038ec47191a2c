/** The anchor id of a claim on the story page: the claim's id itself. */
export const claimAnchor = (id: string) => id;

/** A link to a claim on the story page. */
export const claimAnchorHref = (id: string) => `/#${claimAnchor(id)}`;

/** The path of a claim's own page. */
export const claimPagePath = (id: string) => `/claims/${id}/`;

/** The anchor id of a source in the sources list. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The anchor id of a report in the list of reports the story rests on. */
export const reportAnchor = (id: string) => `report-${id}`;

/** The anchor id of a place in the places list. */
export const placeAnchor = (id: string) => `place-${id}`;

/** The anchor id of a timeline event. */
export const eventAnchor = (id: string) => `event-${id}`;

/** The anchor id of a question on the story page. */
export const questionAnchor = (id: string) => `question-${id}`;

/** The path of a question's own page. */
export const questionPagePath = (id: string) => `/questions/${id}/`;

/** The prefix the sanitizer puts on every id and name written in a Markdown body. */
export const CONTENT_ID_PREFIX = 'content-';

/**
 * Ids the pages use for their own sections and parts: a claim id or alias may not take one, nor
 * start with one of the prefixes, nor end like a claim row's parts, so that every anchor on a
 * page is unique and a link lands where it says.
 */
export const RESERVED_IDS = new Set([
	'main', 'at-a-glance', 'places', 'numbers', 'key-questions', 'known-disputed', 'timeline', 'claims', 'sources', 'method',
	'statuses', 'date-readings', 'who-says-what', 'place-list', 'map-caption', 'search-input', 'search-status', 'search-title',
	'known-claims', 'updates', 'reports', 'since-first-report', 'what-we-know-now', 'how-it-developed', 'losses',
]);
export const RESERVED_PREFIXES = [CONTENT_ID_PREFIX, 'status-', 'note-', 'question-', 'source-', 'place-', 'event-', 'topic-', 'chart-', 'estimates-', 'waffle-', 'update-', 'day-', 'report-'];
export const RESERVED_SUFFIXES = ['-label', '-statement', '-q'];

/** Why `id` cannot be a claim's id or alias, or undefined when it can. */
export function reservedIdProblem(id: string): string | undefined {
	if (RESERVED_IDS.has(id)) return `"${id}" is the id of a part of the page: choose another name, e.g. "${id}-claim"`;
	const prefix = RESERVED_PREFIXES.find((p) => id.startsWith(p));
	if (prefix) return `"${id}" starts with "${prefix}", which the page uses for its own anchors: choose a name that does not`;
	const suffix = RESERVED_SUFFIXES.find((s) => id.endsWith(s));
	if (suffix) return `"${id}" ends with "${suffix}", which the page uses for the parts of a claim's row: choose a name that does not`;
	return undefined;
}

/**
 * The element id a URL fragment names (`#caf%C3%A9` → `café`). A fragment that is not valid
 * percent-encoding (`#%`, `#%E0%A4%A`) is taken as written instead of throwing, as browsers do.
 */
export function fragmentId(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** A report's own page: `/reports/<id>/`. */
export const reportPagePath = (id: string) => `/reports/${id}/`;

// The story page's budgets (issues 12, 29 and 30): one definition, read by the byte and page-shape
// tests and by `npm run bench`. Bytes are brotli-compressed transfer; times in milliseconds;
// heights in CSS pixels at 390 px wide with every <details> closed.

export const KB = 1000;

/**
 * An allowance that grows with the story: `fixed` plus `perClaim` for each claim. A claim is
 * shown in its row and mentioned above it (what we know and what is disputed, the questions that
 * cite it, who says what) and in the source list, so each part of the page has its own share.
 */
export interface Allowance {
	fixed: number;
	perClaim: number;
}

/** What an allowance comes to for a story of `claims` claims. */
export const allow = ({ fixed, perClaim }: Allowance, claims: number) => fixed + perClaim * claims;

/**
 * Budgets on the page's structure, not on today's size: a legitimate claim never fails one, a
 * heavier reading path, a bloated row or a heavier rest of the page does. Set in November 2026
 * from the page of 29 claims and from copies with 10 and 40 claims added (measured per claim).
 */
export const STRUCTURE = {
	/** Everything above "Every claim": the story told once, plus each claim's mentions in it. */
	readingPath: {
		height: { fixed: 7_400, perClaim: 45 },
		elements: { fixed: 700, perClaim: 8 },
	},
	/** The claim rows, closed: a row's share on average, so one long claim does not fail the page. */
	rows: {
		height: { fixed: 0, perClaim: 110 },
		elements: { fixed: 0, perClaim: 15 },
		/** What the rows add to the page's HTML, compressed in place. */
		bytes: { fixed: 0, perClaim: 150 },
	},
	/** Everything else: the list's heading and filter, sources and method (collapsed), footer, <head>. */
	rest: {
		height: { fixed: 1_800, perClaim: 0 },
		elements: { fixed: 300, perClaim: 3 },
		bytes: { fixed: 12_400, perClaim: 40 },
	},
} as const satisfies Record<string, Record<string, Allowance>>;

export const BUDGETS = {
	/** The map and the troop chart start within the first four 844 px screens. */
	firstScreens: 3376,
	css: 8 * KB,
	initialJs: 8 * KB,
	initialTransfer: 60 * KB,
	/** Leaflet, its stylesheet and the boundary data, loaded when the reader opens the live map. */
	lazyMap: 70 * KB,
	/** Lighthouse's default mobile audit, on every page template: its performance and accessibility scores. */
	lighthouseScore: 100,
	/** The story page's Lighthouse Total Blocking Time. */
	totalBlockingTime: 50,
	/** The story page's Lighthouse Largest Contentful Paint over the reference page's, in the same run. */
	lcpRatio: 1.0,
	/** The story page's main-thread CPU time under applied 4× throttling over the reference page's. */
	cpuRatio: 1.6,
	/** Each measured interaction's duration (Event Timing, under applied 4× throttling). */
	interaction: 100,
	cls: 0,
	thirdPartyRequests: 0,
} as const;

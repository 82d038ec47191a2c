// The story page's budgets (issue 12): one definition, read by the byte and DOM checks in the
// tests and by `npm run bench`. Bytes are brotli-compressed transfer; times in milliseconds.

export const KB = 1000;

export const BUDGETS = {
	/** Elements in the story page's document. */
	elements: 1400,
	/** Height of the story page at 390 px wide with every <details> closed, in CSS pixels. */
	phoneHeight: 12_000,
	/** The map and the troop chart start within the first four 844 px screens. */
	firstScreens: 3376,
	htmlTransfer: 15 * KB,
	css: 8 * KB,
	initialJs: 8 * KB,
	initialTransfer: 60 * KB,
	/** Leaflet, its stylesheet and the boundary data, loaded when the reader opens the live map. */
	lazyMap: 70 * KB,
	totalBlockingTime: 50,
	/** Our Largest Contentful Paint over the reference page's, in the same run. */
	lcpRatio: 1.0,
	cls: 0,
	thirdPartyRequests: 0,
} as const;

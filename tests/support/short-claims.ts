// Short claims of the kind an editor adds every day, for the tests that prove the page's budgets
// scale with the story rather than encode today's size.

/** Statuses the added claims cycle through: listed as known, as reported, and as doubtful. */
const STATUSES = ['officially-stated', 'reported', 'unverified'] as const;

/** The Markdown of the `i`-th added short claim (id `added-claim-<i>`), citing existing sources and topics. */
export function shortClaim(i: number): { id: string; markdown: string } {
	const status = STATUSES[i % STATUSES.length];
	return {
		id: `added-claim-${i}`,
		markdown: [
			'---',
			`statement: "A further official said more troops were on the way, in statement number ${i}."`,
			`short: "More troops on the way (${i})"`,
			'claimant: us-official',
			'reportedBy:',
			'  - ani',
			'stated:',
			'  value: 2024-11-06',
			'  precision: by',
			'  wording: "November 6"',
			'  basis: "The article does not date this claim; it had been made by the article\'s dateline, November 6."',
			`status: ${status}`,
			'assessed: 2026-11-25',
			'topics:',
			'  - deployment',
			'---',
			'',
			'The article gives no number.',
			'',
		].join('\n'),
	};
}

/**
 * What every citation of one claim says, whatever its form: the claim's permanent address, a
 * title that names the claimant, the site that assessed it, its status and the day our editors
 * last assessed it. Each format in this folder is a pure function of it.
 */
export interface ClaimCitation {
	/** The claim's id: the key of its BibTeX and CSL-JSON entries. */
	id: string;
	/** The claim page's absolute address, its permanent one. */
	url: string;
	/** "<Claimant>: <short statement>", as the claim page's own title. */
	title: string;
	/** The site's name: the website, and the citation's author as an organisation. */
	site: string;
	/** The claim's status as readers see it, e.g. "Officially stated". */
	status: string;
	/** The day our editors last assessed the claim, YYYY-MM-DD: the citation's date. */
	assessed: string;
	/** The day the citer read the page, YYYY-MM-DD. */
	accessed: string;
	/** The article's exact words, where the claim rests on a quotation. */
	quote?: string;
}

/** What a citation says the item is: a claim, with its status as assessed. */
export const citationGenre = (citation: Pick<ClaimCitation, 'status'>) => `Claim, status: ${citation.status}`;

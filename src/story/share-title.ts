import type { Claim } from '../schemas/claim.ts';
import type { Source } from '../schemas/source.ts';
import { missingHedges } from './hedges.ts';
import type { Entry } from './story-index.ts';

/**
 * Who made a claim, by name, as its own page names them: "Volodymyr Zelenskyy", "Senior
 * Ukrainian officials and Senior U.S. officials". The article speaking in its own voice is
 * named by its claimant too ("HBTV"), as the page's "Claimed by" says.
 */
export const claimantNames = (claim: Pick<Claim, 'claimant'>, sources: Map<string, Entry<Source>>): string =>
	claim.claimant.map((id) => sources.get(id)?.data.name ?? id).join(' and ');

/**
 * The claim in a few words that still carry every hedge of its statement: its `short`, or,
 * when it has none or the short would drop a hedge word ("suspected", "up to"), the statement.
 */
export function shortStatement(claim: Pick<Claim, 'statement' | 'short'>): string {
	return claim.short && missingHedges(claim.statement, claim.short).length === 0 ? claim.short : claim.statement;
}

/**
 * The title a platform shows for one claim (the page's <title>, og:title, twitter:title, the
 * oEmbed title, a feed item's title, a citation): "<Claimant>: <short statement>", e.g.
 * "Volodymyr Zelenskyy: About 11,000 in the Kursk region".
 */
export function claimShareTitle(claim: Pick<Claim, 'statement' | 'short' | 'claimant'>, sources: Map<string, Entry<Source>>): string {
	return `${claimantNames(claim, sources)}: ${shortStatement(claim)}`;
}

/** A feed item's title for an update to a claim: what happened, then the claim's title for sharing. */
export const updateTitle = (heading: string, shareTitle: string) => `${heading} — ${shareTitle}`;

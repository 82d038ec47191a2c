import type { ClaimEntry, LoadedStory } from '../../model/load-story.ts';
import { STATUS_DEFINITIONS } from '../../schemas/status.ts';
import { siteUrl } from '../../story/base-path.ts';
import { claimShareTitle } from '../../story/share-title.ts';
import { claimPagePath } from '../../story/urls.ts';
import type { ClaimCitation } from './claim-citation.ts';

/** The day this build runs, YYYY-MM-DD (UTC): the access date citations carry, once for every page. */
export const BUILD_DAY = new Date().toISOString().slice(0, 10);

/**
 * What a citation of `claim` says: its page's address on the published site, its title for
 * sharing, its status and the day it was last assessed. `accessed` is the day the page was
 * built (BUILD_DAY), the nearest a static page can come to the day it is read.
 */
export function claimCitation(claim: ClaimEntry, story: LoadedStory, site: URL, accessed = BUILD_DAY): ClaimCitation {
	return {
		id: claim.id,
		url: siteUrl(claimPagePath(claim.id), site),
		title: claimShareTitle(claim.data, story.sourceById),
		site: story.site.name,
		status: STATUS_DEFINITIONS[claim.data.status].label,
		assessed: claim.data.assessed,
		accessed,
		...(claim.data.quote ? { quote: claim.data.quote } : {}),
	};
}

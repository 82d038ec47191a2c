/** A claim as the record of publication sees it: its id and its old ids. */
interface Named {
	id: string;
	data: { aliases: readonly string[] };
}

/** When and under which id a claim was first published. */
export interface FirstPublication {
	/** The id it was first published under: its own, or an alias it was renamed from. */
	id: string;
	/** The day `npm run publish` first recorded it, YYYY-MM-DD. */
	date: string;
}

/**
 * The claim's first publication, from the record's days (content/published.json:
 * firstPublished), looked up under its id and every alias, earliest first; undefined when it has
 * not been published yet. Feeds key a claim's items by this id, so a rename changes none of them.
 */
export function firstPublication(claim: Named, days: Readonly<Record<string, string>>): FirstPublication | undefined {
	const found = [...claim.data.aliases, claim.id].filter((id) => Object.hasOwn(days, id)).map((id) => ({ id, date: days[id]! }));
	return found.sort((a, b) => a.date.localeCompare(b.date))[0];
}

import { z } from 'astro/zod';
import { Id } from './id.ts';
import { Day } from './date.ts';

/** The story's front matter: headline, dek, the site's own text and the story's vocabularies. The reports it rests on are in content/reports/. */
export const Story = z.strictObject({
	/** The page headline. */
	headline: z.string().trim().min(1).max(160),
	/** One or two sentences under the headline. */
	dek: z.string().trim().min(1).max(400),
	/**
	 * The report the story was first built from, as a report id: the one a claim, figure or event
	 * naming no report comes from, and what "as first reported" links. Named, never inferred from
	 * the earliest date: an earlier original or a same-day copy filed later never takes its place.
	 */
	firstReport: Id,
	/**
	 * The main claims as they stand, as claim ids, for the "What we know now" block that opens
	 * the page: the site sorts them into confirmed and not, from their statuses. Editors keep it
	 * current as reports arrive.
	 */
	whatWeKnowNow: z.array(Id).default([]),
	/** The day an editor last read the headline, dek, lead and "what we know now" against the claims: a status change after it prompts a re-read. */
	reviewed: Day.optional(),
	/** What the site says about itself and the story outside the article's claims. */
	site: z.strictObject({
		/** The site's name: the header, feeds, social cards, embeds. */
		name: z.string().trim().min(1).max(60),
		/** The story in a few words, for structured data and embed headings, e.g. "North Korean troops in Russia". */
		subject: z.string().trim().min(1).max(80),
		/** Ends each claim page's description ("From …"), e.g. "the claim-by-claim explainer of …". */
		about: z.string().trim().min(1).max(160),
		/** Examples shown in the empty search box, e.g. "Zelenskyy, 10,000, Khabarovsk". */
		searchExamples: z.string().trim().min(1).max(80),
	}),
	/** Titles and captions of the map and the charts. */
	captions: z.strictObject({
		/** The map's caption: what it shows, in the article's attribution. */
		map: z.string().trim().min(1).max(400),
		/** The area the map covers, for its text description, e.g. "from Ukraine to the Sea of Japan". */
		mapArea: z.string().trim().min(1).max(120),
		/** The title of the chart of figures. */
		figures: z.string().trim().min(1).max(80),
		/** The title of the chart of losses (the killed, wounded, captured), when the story has such figures. */
		losses: z.string().trim().min(1).max(80).optional(),
		/** The title of the chart that sets the figures against a whole, when there is one. */
		scale: z.string().trim().min(1).max(80),
		/** What the figures count, as a plural noun, e.g. "troops" ("They count troops in …"). */
		unit: z.string().trim().min(1).max(40),
	}),
	/**
	 * Whose voice a source speaks with, in the order of the site's columns. A claim's side comes
	 * from its claimants; the outlet that carried it never changes it.
	 */
	sides: z
		.array(
			z.strictObject({
				/** The id sources give as their `side`. */
				id: Id,
				/** The side's name on the page, e.g. "South Korea". */
				label: z.string().trim().min(1).max(60),
				/** Always a column of the "who says what" table, even with nothing said. */
				column: z.boolean().default(false),
			}),
		)
		.min(1),
	/**
	 * What the story's figures count, in the order of the chart's legend (and its colours). One
	 * scope may be the whole the others are set against (`whole: true`), e.g. a whole army.
	 */
	scopes: z
		.array(
			z.strictObject({
				/** The id figures give as their `scope`. */
				id: Id,
				/** The words after a figure, e.g. "in the Kursk region" ("about 11,000 in the Kursk region"). */
				label: z.string().trim().min(1).max(80),
				/** The whole the other figures are a share of; drawn in its own chart, not among them. */
				whole: z.boolean().default(false),
				/** Figures for a part or an addition (one unit, one more wave), not a total: never compared with each other or any other for tension. */
				part: z.boolean().default(false),
			}),
		)
		.min(1),
	/** The sections claims are grouped in, in page order; a claim sits under its first topic. */
	topics: z
		.array(
			z.strictObject({
				/** The topic id that claims list under `topics`. */
				id: Id,
				/** The section heading shown on the page. */
				title: z.string().trim().min(1).max(120),
			}),
		)
		.min(1),
});
export type Story = z.output<typeof Story>;

import { stringify } from 'csv-stringify/sync';
import { attribution } from '../story/claim-row.ts';
import { formatDate } from '../story/dates.ts';
import type { LoadedStory } from '../model/load-story.ts';
import { claimSides } from '../story/story-index.ts';

/** Claims as flat records: one row each, lists joined with "; ". */
export function claimRecords(story: LoadedStory) {
	return story.claims.map(({ id, data }) => ({
		id,
		statement: data.statement,
		claimant: data.claimant.join('; '),
		attribution: attribution(data, story.sourceById, story.articleOutlets),
		side: claimSides(data, story.sourceById, story.sides).join('; '),
		reportedBy: data.reportedBy.join('; '),
		stated: data.stated.value,
		statedPrecision: data.stated.precision,
		statedAs: formatDate(data.stated),
		statedWording: data.stated.wording,
		statedBasis: data.stated.basis ?? '',
		status: data.status,
		assessed: data.assessed,
		places: data.places.join('; '),
		topics: data.topics.join('; '),
		supports: data.supports.join('; '),
		qualifies: data.qualifies.join('; '),
		contradicts: data.contradicts.join('; '),
		quote: data.quote ?? '',
	}));
}

/** Estimates as flat records: a range has its low and high; a single figure has both equal. */
export function estimateRecords(story: LoadedStory) {
	const rows = new Map(story.figureRows.map((row) => [row.id, row]));
	return story.estimates.map(({ id, data }) => ({
		id,
		low: rows.get(id)!.low,
		high: rows.get(id)!.high,
		qualifier: data.qualifier,
		scope: data.scope,
		wording: data.wording,
		statedBy: data.statedBy,
		stated: data.stated.value,
		statedPrecision: data.stated.precision,
		statedAs: formatDate(data.stated),
		statedWording: data.stated.wording,
		statedBasis: data.stated.basis ?? '',
		claim: data.claim,
	}));
}

/**
 * Records as CSV with a header row (RFC 4180 quoting, by csv-stringify). A cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * written with a leading apostrophe, csv-stringify's own guard against formula injection.
 */
export const toCsv = (records: Record<string, string | number>[]) => stringify(records, { header: true, escape_formulas: true });

import { stringify } from 'csv-stringify/sync';
import { attribution } from '../story/claim-row.ts';
import { formatDate } from '../story/dates.ts';
import type { LoadedStory } from '../model/load-story.ts';
import type { StatedDate } from '../schemas/date.ts';
import { claimSides } from '../story/story-index.ts';
import { claimShareTitle } from '../story/share-title.ts';
import { claimContext, contextText } from '../model/claim-context.ts';
import { reportCredit, reportIdOf } from '../story/reports.ts';

type StatedItem = { stated: StatedDate; reports?: readonly string[] };

/** When a claim or figure was stated, as its row gives it: the date, its reading, the wording and whose words they are (`statedWordingBy`, "HBTV, 6 Nov 2024", from `report`). */
function statedFields(story: Pick<LoadedStory, 'firstReport' | 'reportById' | 'sourceById'>, item: StatedItem) {
	const report = reportIdOf(item, story.firstReport.id);
	return {
		stated: item.stated.value,
		statedPrecision: item.stated.precision,
		statedAs: formatDate(item.stated),
		statedWording: item.stated.wording,
		statedWordingBy: reportCredit(story.reportById.get(report)!, story.sourceById),
		report,
		statedBasis: item.stated.basis ?? '',
	};
}

/**
 * Claims as flat records: one row each, lists joined with "; ". A row carries what the claim
 * carries everywhere it travels alone: its title for sharing (claimant and hedged short
 * statement), its status, and the figures in tension with it or the claims that qualify it.
 */
export function claimRecords(story: LoadedStory) {
	return story.claims.map(({ id, data }) => {
		const context = claimContext(id, story);
		const others = (kind: string) => context.filter((item) => item.kind === kind).map((item) => item.other).join('; ');
		return {
			id,
			title: claimShareTitle(data, story.sourceById),
			statement: data.statement,
			claimant: data.claimant.join('; '),
			attribution: attribution(data, story.sourceById, story.articleOutlets),
			side: claimSides(data, story.sourceById, story.sides).join('; '),
			reportedBy: data.reportedBy.join('; '),
			...statedFields(story, data),
			status: data.status,
			assessed: data.assessed,
			places: data.places.join('; '),
			topics: data.topics.join('; '),
			supports: data.supports.join('; '),
			qualifies: data.qualifies.join('; '),
			contradicts: data.contradicts.join('; '),
			qualifiedBy: others('qualified-by'),
			inTensionWith: others('tension'),
			context: contextText(context),
			quote: data.quote ?? '',
		};
	});
}

/**
 * Estimates as flat records: `low` and `high` are the counts the figure allows as the site reads
 * it (0 and N for "up to N", N and empty for "at least N", a tenth either side for "about", both
 * equal only for an exact number); `number` is the number the report gives; `figure` is how the
 * site shows it, `reading` the range it is read as and `basis` why, as the figures table gives
 * them; `otherWordings` the same statement as other reports word it ("report: words", joined by " | ").
 */
export function estimateRecords(story: LoadedStory) {
	const rows = new Map(story.figureRows.map((row) => [row.id, row]));
	return story.estimates.map(({ id, data }) => {
		const { low, high, stated, figure, reading, basis } = rows.get(id)!;
		return {
			id,
			counts: data.counts,
			number: stated,
			low: Math.round(low),
			high: Number.isFinite(high) ? Math.round(high) : '',
			qualifier: data.qualifier,
			figure,
			reading,
			basis,
			scope: data.scope,
			wording: data.wording,
			otherWordings: data.otherWordings.map((other) => `${other.report}: ${other.wording}`).join(' | '),
			statedBy: data.statedBy,
			...statedFields(story, data),
			claim: data.claim,
		};
	});
}

/**
 * Records as CSV with a header row (RFC 4180 quoting, by csv-stringify). A cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * written with a leading apostrophe, csv-stringify's own guard against formula injection.
 */
export const toCsv = (records: Record<string, string | number>[]) => stringify(records, { header: true, escape_formulas: true });

// The checks on reports that no single file can make: the outlet is a news outlet, the date is
// not in the future and agrees with its own wording, and a status change said to follow a
// report comes on or after that report's day.
import type { ContentFiles } from './content-files.ts';
import type { Checks } from './checks.ts';
import { resolveRelativeDate } from '../story/dates.ts';

/** The kinds of source that publish reports: a person or a government body is a claimant, never a report's outlet. */
export const NEWS_KINDS = ['news-agency', 'newspaper', 'broadcaster', 'news-outlet'] as const;

export function checkReports(files: ContentFiles, { error, reference, today }: Pick<Checks, 'error' | 'reference'> & { today: string }) {
	const sourceById = new Map(files.sources.map((source) => [source.id, source]));
	const reportById = new Map(files.reports.map((report) => [report.id, report]));
	for (const report of files.reports) {
		const data = report.data;
		if (!data) continue;
		for (const field of ['outlet', 'agency'] as const) {
			const id = data[field];
			reference(report, [field], id, 'sources');
			const kind = id === undefined ? undefined : sourceById.get(id)?.data?.kind;
			if (kind !== undefined && !(NEWS_KINDS as readonly string[]).includes(kind)) {
				error(report, [field], `"${id}" is a source of kind ${kind} (content/sources/${id}.md), not a news outlet or agency: a report's ${field} is who published it (kind ${NEWS_KINDS.join(', ')}). Name the outlet here, and the person or body as the claimant of the claims the report carries`);
			}
		}
		const day = data.published.value;
		if (day > today) error(report, ['published', 'value'], `"${day}" is after today (${today}): a report on file has been published; write the day the page gives`);
		const read = resolveRelativeDate(data.published.wording, day);
		if (read && read.precision === 'day' && read.value !== day) {
			error(report, ['published', 'value'], `"${day}" does not agree with the report's own wording "${data.published.wording}", which reads as ${read.value}: correct the value or the wording`);
		}
	}
	// "After" a report means on or after the day it appeared.
	for (const claim of files.claims) {
		claim.data?.corrections.forEach((correction, i) => {
			const report = correction.report === undefined ? undefined : reportById.get(correction.report)?.data;
			if (report && correction.date < report.published.value) {
				error(claim, ['corrections', i, 'date'], `"${correction.date}" is before the report it follows, "${correction.report}" (content/reports/${correction.report}.md), published ${report.published.value}: a change made after a report is dated on or after that day. Correct the date, or name the report that prompted it`);
			}
		});
	}
}

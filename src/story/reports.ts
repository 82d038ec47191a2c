import type { Report } from '../schemas/report.ts';
import type { Source } from '../schemas/source.ts';
import { shortDay } from './dates.ts';
import type { Entry } from './story-index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reports in the order they appeared: by publication day, then id. */
export const byPublication = (a: Entry<Report>, b: Entry<Report>) => a.data.published.value.localeCompare(b.data.published.value) || a.id.localeCompare(b.id);

/** The id of the report a claim or figure first appeared in: the first it names, or else the story's first report (`firstReportId`, named in content/story.md). */
export const reportIdOf = (item: { reports?: readonly string[] }, firstReportId: string): string => item.reports?.[0] ?? firstReportId;

/** Whose words a date's wording is, short: "HBTV, 6 Nov 2024". */
export function reportCredit(report: Entry<Report>, sources: Map<string, Entry<Source>>): string {
	const outlet = sources.get(report.data.outlet)?.data.name ?? report.data.outlet;
	return `${outlet}, ${shortDay(report.data.published.value).slice(4)}`;
}

/** A report's wording for a date, with whose words they are: "HBTV, 6 Nov 2024: “on Tuesday”". */
export const creditedWording = (credit: string, wording: string) => `${credit}: “${wording}”`;

const longDay = (day: string) => ({ d: Number(day.slice(8, 10)), m: MONTHS[Number(day.slice(5, 7)) - 1]!, y: day.slice(0, 4) });

/** The days reports span, as a reader says it: "6 November 2024", "6–9 November 2024", "30 October – 2 November 2024". */
export function daySpan(first: string, last: string): string {
	const a = longDay(first);
	const b = longDay(last);
	if (first === last) return `${a.d} ${a.m} ${a.y}`;
	if (a.y !== b.y) return `${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}`;
	if (a.m !== b.m) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
	return `${a.d}–${b.d} ${b.m} ${b.y}`;
}

/** What the page rests on: "Based on 1 report", or "Based on 3 reports, 6–9 November 2024". */
export function basedOn(reports: readonly Entry<Report>[]): string {
	if (reports.length === 1) return 'Based on 1 report';
	const days = reports.map((report) => report.data.published.value).sort();
	return `Based on ${reports.length} reports, ${daySpan(days[0]!, days.at(-1)!)}`;
}

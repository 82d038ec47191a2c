import type { StatedDate } from '../schemas/date.ts';
import { formatDate, resolveRelativeDate } from './dates.ts';

/** How a date wording becomes a date: as the wording gives it, computed with the year we infer, or given in the content with a note. */
export type ReadingBasis = 'as-written' | 'inferred-year' | 'given';

/** How the site reads one of the article's date wordings. */
export interface DateReading {
	wording: string;
	/** The date as shown: "Tuesday 5 November 2024". */
	resolved: string;
	basis: ReadingBasis;
	/** True when the wording also stands for claims the article does not date: the dateline, by which they had been made. */
	bound: boolean;
}

/**
 * Every distinct date wording of the article, in the order first met, each once (whatever its
 * capitals: "On Tuesday" is "on Tuesday"). A wording computed from the dateline's day is
 * `inferred-year` unless it writes its own year ("February 2022", "1950–53"): the year 2024 is
 * our inference, never the wording's. The dateline's wording ("November 6") is also the bound
 * of every undated claim; that is one reading of it, marked `bound`, not a second row.
 */
export function dateReadings(dates: readonly StatedDate[], published: string): DateReading[] {
	const readings = new Map<string, DateReading>();
	for (const date of dates) {
		const key = date.wording.toLowerCase();
		const known = readings.get(key);
		if (date.precision === 'by') {
			if (known) known.bound = true;
			else readings.set(key, { ...reading({ ...date, precision: 'day' }, published), bound: true });
			continue;
		}
		if (!known) readings.set(key, { ...reading(date, published), bound: false });
	}
	return [...readings.values()];
}

function reading(date: StatedDate, published: string): Omit<DateReading, 'bound'> {
	const computed = resolveRelativeDate(date.wording, published) !== undefined;
	const basis: ReadingBasis = !computed ? 'given' : /\d{4}/.test(date.wording) ? 'as-written' : 'inferred-year';
	return { wording: date.wording, resolved: formatDate(date), basis };
}

import type { StatedDate } from '../schemas/date.ts';
import { formatDate, resolveRelativeDate } from './dates.ts';

/** How the site reads one of the article's date wordings. */
export interface DateReading {
	wording: string;
	/** The date as shown: "Tuesday 5 November 2024", "undated; reported by …". */
	resolved: string;
	/** True when the date was computed from the wording; false when the content gives it with a note. */
	computed: boolean;
}

/**
 * Every distinct way the article's date wordings are read, in the order first met. The same
 * wording can be read two ways ("November 6" is the day of the dateline, and the bound of an
 * undated claim), so a reading is distinct by wording and result.
 */
export function dateReadings(dates: readonly StatedDate[], published: string): DateReading[] {
	const readings = new Map<string, DateReading>();
	for (const date of dates) {
		const resolved = formatDate(date);
		const key = `${date.wording}\u0000${resolved}`;
		if (!readings.has(key)) readings.set(key, { wording: date.wording, resolved, computed: resolveRelativeDate(date.wording, published) !== undefined });
	}
	return [...readings.values()];
}

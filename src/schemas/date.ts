import { z } from 'astro/zod';

/**
 * How exact a date is. A `range` runs from one date to another, each of any precision. `by` is
 * for a claim the article does not date: it was made on or before that day (the dateline).
 */
export const DatePrecision = z.enum(['day', 'month', 'year', 'range', 'by']);
export type DatePrecision = z.output<typeof DatePrecision>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** The shape a value must have for each precision. */
export const DATE_FORMATS: Record<DatePrecision, string> = {
	day: 'YYYY-MM-DD, like 2024-11-05',
	month: 'YYYY-MM, like 2024-06',
	year: 'YYYY, like 2023',
	range: 'two dates joined by "/", like 1950/1953 or 2024-11-04/2024-11-06',
	by: 'YYYY-MM-DD, the day by which it had been said (for an undated claim, the dateline), like 2024-11-06',
};

/** YAML turns `2024-11-05` into a Date and `2023` into a number; both mean the text as written. */
const DateText = z.preprocess(
	(value) =>
		value instanceof Date
			? value.toISOString().slice(0, 10)
			: typeof value === 'number'
				? String(value)
				: value,
	z.string({ error: 'is missing: give the date as text' }),
);

/** True when `text` is a real calendar date, month or year of the given shape. */
export function isCalendarDate(text: string): boolean {
	if (YEAR.test(text)) return true;
	if (MONTH.test(text)) {
		const month = Number(text.slice(5, 7));
		return month >= 1 && month <= 12;
	}
	if (!DAY.test(text)) return false;
	const parsed = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** The precision a single date's text has, or undefined if it is none of them. */
export function precisionOf(text: string): Exclude<DatePrecision, 'range'> | undefined {
	if (!isCalendarDate(text)) return undefined;
	return DAY.test(text) ? 'day' : MONTH.test(text) ? 'month' : 'year';
}

/**
 * A date as the article gives it: the resolved value, how exact it is, and the article's own
 * words ("on Tuesday", "last year"), which the site always shows beside the value.
 */
export const StatedDate = z
	.strictObject({
		/** The resolved date, in the shape its precision asks for (see DATE_FORMATS). */
		value: DateText,
		/** How exact the value is: day, month, year, range, or by (undated: made on or before the day). */
		precision: DatePrecision,
		/** The article's own wording for this date, e.g. "on Tuesday" or "in June". */
		wording: z.string().trim().min(1, { error: 'is empty: copy the article\'s words for the date' }),
		/** Why the value is what it is, when the article does not say it outright. */
		basis: z.string().trim().min(1).optional(),
	})
	.superRefine((date, ctx) => {
		const { value, precision } = date;
		if (precision === 'range') {
			const [from, to, ...rest] = value.split('/');
			const ok = from && to && rest.length === 0 && precisionOf(from) && precisionOf(to);
			if (!ok) {
				ctx.addIssue({
					code: 'custom',
					path: ['value'],
					message: `"${value}" is not a range: write ${DATE_FORMATS.range}`,
				});
			} else if (from > to) {
				ctx.addIssue({
					code: 'custom',
					path: ['value'],
					message: `"${value}" ends before it starts: put the earlier date first`,
				});
			}
			return;
		}
		const shape = precision === 'by' ? 'day' : precision;
		if (precisionOf(value) !== shape) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `"${value}" is not a ${precision} date: write ${DATE_FORMATS[precision]}`,
			});
		}
	});
export type StatedDate = z.output<typeof StatedDate>;

/** A single calendar day, YYYY-MM-DD (for assessments and corrections). */
export const Day = DateText.refine((text) => precisionOf(text) === 'day', {
	error: 'is not a day: write YYYY-MM-DD, like 2024-11-06',
});

import type { DatePrecision, StatedDate } from '../schemas/date.ts';

/** A date value with its precision, as the content stores it. */
export interface ResolvedDate {
	value: string;
	precision: DatePrecision;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
	'january', 'february', 'march', 'april', 'may', 'june',
	'july', 'august', 'september', 'october', 'november', 'december',
];

const pad = (n: number) => String(n).padStart(2, '0');
const utcDay = (text: string) => new Date(`${text}T00:00:00Z`);
const dayText = (date: Date) => date.toISOString().slice(0, 10);

/** The English weekday name of a YYYY-MM-DD day, computed in UTC. */
export function weekdayOf(day: string): string {
	const name = WEEKDAYS[utcDay(day).getUTCDay()]!;
	return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * Resolves the article's wording for a date against the day it was published.
 * A weekday ("on Tuesday") is the latest such day on or before publication; "last year" is the
 * year before; a month alone ("in June") is the latest such month not after publication.
 * Absolute wording ("February 2022", "November 6", "1950–53") is read as written.
 * Returns undefined for wording it cannot read, which then needs an explicit value.
 */
export function resolveRelativeDate(phrase: string, published: string): ResolvedDate | undefined {
	const text = phrase.toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
	const base = utcDay(published);
	const year = base.getUTCFullYear();

	const full = fullDate(text);
	if (full) return { value: full, precision: 'day' };

	const weekday = WEEKDAYS.findIndex((name) => new RegExp(`^(on |last )?${name}$`).test(text));
	if (weekday >= 0) {
		const back = (base.getUTCDay() - weekday + 7) % 7;
		return { value: dayText(new Date(base.getTime() - back * 86_400_000)), precision: 'day' };
	}
	if (text === 'last year') return { value: String(year - 1), precision: 'year' };
	if (text === 'this year') return { value: String(year), precision: 'year' };

	const monthAlone = text.match(/^(?:in |since |by )?([a-z]+)$/);
	const monthIndex = monthAlone ? MONTHS.indexOf(monthAlone[1]!) : -1;
	if (monthIndex >= 0) {
		const monthYear = monthIndex <= base.getUTCMonth() ? year : year - 1;
		return { value: `${monthYear}-${pad(monthIndex + 1)}`, precision: 'month' };
	}

	const monthAndYear = text.match(/^(?:in |since |by )?([a-z]+) (\d{4})$/);
	if (monthAndYear && MONTHS.includes(monthAndYear[1]!)) {
		return { value: `${monthAndYear[2]}-${pad(MONTHS.indexOf(monthAndYear[1]!) + 1)}`, precision: 'month' };
	}

	const monthAndDay = text.match(/^([a-z]+) (\d{1,2})$/);
	if (monthAndDay && MONTHS.includes(monthAndDay[1]!)) {
		return {
			value: `${year}-${pad(MONTHS.indexOf(monthAndDay[1]!) + 1)}-${pad(Number(monthAndDay[2]))}`,
			precision: 'day',
		};
	}

	const yearRange = text.match(/(\d{4})\s*[–—-]\s*(\d{2}|\d{4})$/);
	if (yearRange) {
		const [, from, to] = yearRange as unknown as [string, string, string];
		const end = to.length === 2 ? from.slice(0, 2) + to : to;
		return { value: `${from}/${end}`, precision: 'range' };
	}
	return undefined;
}

/** A month's number, 1–12, from its English name or abbreviation ("Oct.", "Sept"); 0 when it is none. */
function monthNumber(word: string): number {
	const name = word.replace(/\.$/, '');
	if (name.length < 3) return 0;
	return MONTHS.findIndex((month) => month.startsWith(name)) + 1;
}

/**
 * A day written out with its year, as pages print their dates: "Oct. 17, 2024", "October 17,
 * 2024", "17 October 2024", "10 Oct, 2024", "2024-10-17", with an optional weekday before it
 * and a time after it ("10 Oct, 2024 03:09pm", "Thursday, October 17, 2024 10:05"). Undefined for
 * anything else.
 */
export function fullDate(text: string): string | undefined {
	const t = text
		.toLowerCase()
		.replace(/^(?:published|updated|on)\s*:?\s*/, '')
		.replace(new RegExp(`^(?:${WEEKDAYS.join('|')}|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+`), '')
		.replace(/,?\s+\d{1,2}[:.]\d{2}.*$/, '')
		.trim();
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	const mdy = /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(t);
	const dmy = /^(\d{1,2}) ([a-z]+\.?),? (\d{4})$/.exec(t);
	const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : mdy ? [Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])] : dmy ? [Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])] : [0, 0, 0];
	if (!y || !m || !d) return undefined;
	const value = `${y}-${pad(m)}-${pad(d)}`;
	// "February 30" is no day: the calendar must give the same day back.
	return dayText(utcDay(value)) === value ? value : undefined;
}

function formatSingle(text: string): string {
	const [y, m, d] = text.split('-');
	if (d) {
		const date = utcDay(text);
		return `${weekdayOf(text)} ${date.getUTCDate()} ${capital(MONTHS[date.getUTCMonth()]!)} ${y}`;
	}
	if (m) return `${capital(MONTHS[Number(m) - 1]!)} ${y}`;
	return y!;
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** A day in a few characters, for rows and tables: "Tue 5 Nov 2024". */
export function shortDay(day: string): string {
	const date = utcDay(day);
	return `${weekdayOf(day).slice(0, 3)} ${date.getUTCDate()} ${capital(MONTHS[date.getUTCMonth()]!).slice(0, 3)} ${day.slice(0, 4)}`;
}

/** A date in a few words, for rows and tables: "Tue 5 Nov 2024", "June 2024", "undated; reported by Wed 6 Nov 2024". */
export function formatDateShort(date: ResolvedDate): string {
	if (date.precision === 'by') return `undated; reported by ${shortDay(date.value)}`;
	if (date.precision === 'day') return shortDay(date.value);
	return formatDate(date);
}

/** True when the article gives a date for the claim, false when only its dateline bounds it. */
export const isDated = (date: ResolvedDate) => date.precision !== 'by';

/**
 * A date as a reader reads it: "Tuesday 5 November 2024", "June 2024", "2023", "1950–1953",
 * and for a claim the article does not date, "undated; reported by Wednesday 6 November 2024".
 */
export function formatDate(date: ResolvedDate): string {
	if (date.precision === 'by') return `undated; reported by ${formatSingle(date.value)}`;
	if (date.precision === 'range') {
		const [from, to] = date.value.split('/');
		return `${formatSingle(from!)}–${formatSingle(to!)}`;
	}
	return formatSingle(date.value);
}

/** The machine-readable form for a `<time datetime>` attribute (a range gives its start). */
export function datetimeAttribute(date: ResolvedDate): string {
	return date.value.split('/')[0]!;
}

/** Sort key: the first day a date can mean, so that a year sorts before its months. */
export function dateSortKey(date: ResolvedDate): string {
	const start = date.value.split('/')[0]!;
	return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
}

/** Orders dated items from earliest to latest; a less exact date sorts before a more exact one. */
export function byDate<T>(get: (item: T) => StatedDate | ResolvedDate) {
	return (a: T, b: T) => dateSortKey(get(a)).localeCompare(dateSortKey(get(b)));
}

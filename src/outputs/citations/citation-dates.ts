const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A YYYY-MM-DD day as its three numbers: [2026, 11, 25]. */
export const dayParts = (day: string): [number, number, number] => {
	const [year, month, date] = day.split('-').map(Number);
	return [year!, month!, date!];
};

/** A YYYY-MM-DD day in American order, as APA and Chicago write it: "November 25, 2026". */
export function monthDayYear(day: string): string {
	const [year, month, date] = dayParts(day);
	return `${MONTHS[month - 1]} ${date}, ${year}`;
}

/** The English name of a YYYY-MM-DD day's month. */
export const monthName = (day: string) => MONTHS[dayParts(day)[1] - 1]!;

/**
 * Which question shows each tension between two claims: the first question, in reading order,
 * that cites both. A tension no question cites both sides of is shown by none (the chart, its
 * table and "what is disputed" still show it). `claimsOf` gives a tension's two claim ids.
 */
export function tensionsByQuestion<T>(
	questions: readonly { id: string; data: { claims: readonly string[] } }[],
	tensions: readonly T[],
	claimsOf: (tension: T) => readonly [string, string],
): Map<string, T[]> {
	const shown = new Map<string, T[]>();
	for (const tension of tensions) {
		const [a, b] = claimsOf(tension);
		const question = questions.find(({ data }) => data.claims.includes(a) && data.claims.includes(b));
		if (question) shown.set(question.id, [...(shown.get(question.id) ?? []), tension]);
	}
	return shown;
}

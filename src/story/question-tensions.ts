/** Two claims whose figures are in tension, by claim id. */
export interface ClaimTension {
	claim: string;
	against: string;
}

/**
 * Which question shows each tension: the first question, in reading order, that cites both
 * claims. A tension no question cites both sides of is shown by none (the chart still shows it).
 */
export function tensionsByQuestion<T extends ClaimTension>(questions: readonly { id: string; data: { claims: readonly string[] } }[], tensions: readonly T[]): Map<string, T[]> {
	const shown = new Map<string, T[]>();
	for (const tension of tensions) {
		const question = questions.find(({ data }) => data.claims.includes(tension.claim) && data.claims.includes(tension.against));
		if (question) shown.set(question.id, [...(shown.get(question.id) ?? []), tension]);
	}
	return shown;
}

import type { Claim } from '../schemas/claim.ts';
import type { Status } from '../schemas/status.ts';

/** One change of a claim's status, as a dated correction records it. */
export interface StatusChange {
	date: string;
	from: Status;
	to: Status;
	note: string;
}

/** A claim's status changes, oldest first. */
export function statusChanges(claim: Pick<Claim, 'corrections'>): StatusChange[] {
	return claim.corrections
		.filter((correction) => correction.status)
		.map((correction) => ({ date: correction.date, from: correction.status!.from, to: correction.status!.to, note: correction.note }))
		.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * What is wrong with a claim's status record, or undefined when it is on the record. A status
 * differs from the one recorded at publication (content/published.json) only with a dated
 * correction saying from what, to what and why; the changes follow on from each other and end
 * at the status the claim has.
 */
export function statusRecordProblem(current: Status, recorded: Status | undefined, changes: readonly StatusChange[]): string | undefined {
	for (let i = 1; i < changes.length; i++) {
		if (changes[i]!.from !== changes[i - 1]!.to) {
			return `the status changes do not follow on: on ${changes[i - 1]!.date} it became "${changes[i - 1]!.to}", but the change of ${changes[i]!.date} is from "${changes[i]!.from}"`;
		}
	}
	const last = changes.at(-1);
	if (last && last.to !== current) {
		return `is "${current}", but the latest status change (${last.date}) is to "${last.to}": make the correction's status.to "${current}", or the status "${last.to}"`;
	}
	if (recorded === undefined || recorded === current) return undefined;
	if (changes.some((change) => change.from === recorded)) return undefined;
	return `was published as "${recorded}" and is now "${current}", with no correction on the record: add one that says from what, to what and why, e.g.
    corrections:
      - date: YYYY-MM-DD
        status: { from: ${recorded}, to: ${current} }
        note: "Why the status changed."
  then run \`npm run manifest\` to record the new status`;
}

/**
 * The status a claim had on `day` (YYYY-MM-DD), as its record reads: the `from` of the first
 * status change dated after that day, or its status now when none is. A day before the claim was
 * first assessed reads as its first status on the record.
 */
export function statusOn(claim: Pick<Claim, 'corrections' | 'status'>, day: string): Status {
	return statusChanges(claim).find((change) => change.date > day)?.from ?? claim.status;
}

import { z } from 'astro/zod';

/**
 * The closed vocabulary for how well a claim stands, with the definition the site prints in
 * its method notes. The order runs from best to least supported.
 */
export const STATUS_DEFINITIONS = {
	confirmed: {
		label: 'Confirmed',
		definition:
			'Stated on the record by officials of more than one side, and contradicted by no claim in our sources.',
	},
	'officially-stated': {
		label: 'Officially stated',
		definition:
			'Stated on the record by a named official or a government body of one side; our sources give no independent check.',
	},
	reported: {
		label: 'Reported',
		definition:
			'Carried by a news organisation from its own reporting, from unnamed officials or from people who do not speak for a government.',
	},
	background: {
		label: 'Background',
		definition: 'Context that the article gives in its own voice, without attributing it to anyone.',
	},
	disputed: {
		label: 'Disputed',
		definition: 'Contradicted by another claim in our sources.',
	},
	unverified: {
		label: 'Unverified',
		definition:
			'From a single unnamed source with no supporting detail; nothing in our sources lets a reader check it.',
	},
} as const;

/** The statuses a claim may have. */
export const STATUSES = Object.keys(STATUS_DEFINITIONS) as [Status, ...Status[]];
export type Status = keyof typeof STATUS_DEFINITIONS;

/** A claim's status: one word of the vocabulary above. */
export const StatusSchema = z.enum(STATUSES);

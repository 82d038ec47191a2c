import { z } from 'astro/zod';
import { Id } from './id.ts';

/** A named point or region that the article mentions. */
export const Place = z.strictObject({
	/** The name as a reader should see it. */
	name: z.string().trim().min(1).max(120),
	/** Whether this is a city or a region. */
	kind: z.enum(['city', 'region', 'country']),
	/** Latitude of the marker, in degrees north (−90 to 90). */
	lat: z
		.number({ error: 'is not a number: give degrees north, like 51.73' })
		.min(-90, { error: 'is out of range: latitude runs from -90 to 90 degrees' })
		.max(90, { error: 'is out of range: latitude runs from -90 to 90 degrees' }),
	/** Longitude of the marker, in degrees east (−180 to 180). */
	lon: z
		.number({ error: 'is not a number: give degrees east, like 36.19' })
		.min(-180, { error: 'is out of range: longitude runs from -180 to 180 degrees' })
		.max(180, { error: 'is out of range: longitude runs from -180 to 180 degrees' }),
	/** Where the coordinates come from; they are not in the article. */
	coordinatesBasis: z.string().trim().min(1),
	/** Which side of the marker its label sits on, where the default (right) would collide. */
	labelSide: z.enum(['left', 'right']).default('right'),
	/**
	 * Another place whose straight-line distance from this one the map gives, e.g. from where
	 * troops were seen assembling to the Kursk region. It draws no line: the article reports no route.
	 */
	distanceTo: Id.optional(),
	/** The region's code in the bundled boundary data (e.g. RU.KS), when it has an outline. */
	boundary: z.string().regex(/^[A-Z]{2}\.[A-Z]{2}$/, { error: 'is not a region code: write it like RU.KS' }).optional(),
});
export type Place = z.output<typeof Place>;

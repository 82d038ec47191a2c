import { z } from 'astro/zod';

/**
 * Whose voice a source speaks with. A claim's side is derived from its claimant; the outlet
 * that carried it never changes it. The order is the order of columns on the site.
 */
export const SIDE_LABELS = {
	ukraine: 'Ukraine',
	'south-korea': 'South Korea',
	'united-states': 'United States',
	russia: 'Russia',
	'north-korea': 'North Korea',
	japan: 'Japan',
	defector: 'North Korean defector',
	press: 'News media',
} as const;

export type Side = keyof typeof SIDE_LABELS;
export const SIDES = Object.keys(SIDE_LABELS) as [Side, ...Side[]];

/** A source's country or side. */
export const SideSchema = z.enum(SIDES);

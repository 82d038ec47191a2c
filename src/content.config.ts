import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS } from './content-model.ts';

/** A collection read from `content/`; an entry's id is its file name, wherever it sits below the base. */
const collection = <S extends z.ZodType>({ base, pattern, schema }: { base: string; pattern: string; schema: S }) =>
	defineCollection({
		loader: glob({ pattern, base: `./${base}`, generateId: ({ entry }) => entry.split('/').at(-1)!.replace(/\.md$/, '') }),
		schema,
	});

export const collections = {
	claims: collection(COLLECTIONS.claims),
	sources: collection(COLLECTIONS.sources),
	estimates: collection(COLLECTIONS.estimates),
	timeline: collection(COLLECTIONS.timeline),
	places: collection(COLLECTIONS.places),
	notes: collection(COLLECTIONS.notes),
	questions: collection(COLLECTIONS.questions),
	story: collection(COLLECTIONS.story),
};

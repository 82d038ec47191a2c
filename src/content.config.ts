import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './content-model.ts';

const collection = ({ base, pattern, schema }: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]) =>
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
	story: collection(COLLECTIONS.story),
};

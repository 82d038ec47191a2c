import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS } from './schemas/collections.ts';
import { stashLoaderError } from './content-check/loader-errors.ts';

// In the dev preview the content check (src/integrations/content-guard.ts) speaks first and
// alone: its messages name the file, line, field and fix, and every page shows them until the
// file is fixed. So there, front matter that fails its schema is kept as written instead of
// refused with Astro's own message, and a file the loader cannot read at all is reported by the
// guard (Astro's message is printed only if the check found nothing wrong). Valid front matter is
// parsed exactly as in the build, which stays strict.
const preview = import.meta.env.DEV;

const lenient = <S extends z.ZodType>(schema: S): S =>
	(preview
		? z.unknown().transform((raw) => {
				const result = schema.safeParse(raw);
				return result.success ? result.data : raw;
			})
		: schema) as S;

const quiet = (loader: Loader): Loader =>
	preview ? { ...loader, load: (context) => loader.load({ ...context, logger: Object.assign(Object.create(context.logger), { error: stashLoaderError }) }) } : loader;

/** A collection read from `content/`; an entry's id is its file name, wherever it sits below the base. */
const collection = <S extends z.ZodType>({ base, pattern, schema }: { base: string; pattern: string; schema: S }) =>
	defineCollection({
		loader: quiet(glob({ pattern, base: `./${base}`, generateId: ({ entry }) => entry.split('/').at(-1)!.replace(/\.md$/, '') })),
		schema: lenient(schema),
	});

export const collections = {
	claims: collection(COLLECTIONS.claims),
	sources: collection(COLLECTIONS.sources),
	estimates: collection(COLLECTIONS.estimates),
	timeline: collection(COLLECTIONS.timeline),
	places: collection(COLLECTIONS.places),
	notes: collection(COLLECTIONS.notes),
	questions: collection(COLLECTIONS.questions),
	reports: collection(COLLECTIONS.reports),
	story: collection(COLLECTIONS.story),
};

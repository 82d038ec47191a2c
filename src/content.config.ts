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

// Astro hands loaders its readers by file extension; the type is internal, this is the part used.
interface EntryType {
	getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<unknown>;
}
// Front matter the YAML reader refuses outright (a key written twice, a tab) would stop the
// preview from starting, with a stack trace: there, such a file is read as empty instead, and the
// content check's message about it is what every page shows.
const forgiving = (entryTypes: Map<string, EntryType>) =>
	new Map(
		[...entryTypes].map(([extension, type]) => [
			extension,
			{
				...type,
				getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
					try {
						return await type.getEntryInfo(params);
					} catch (error) {
						stashLoaderError(`${params.fileUrl.pathname}: ${(error as Error).message.split('\n')[0]}`);
						return { data: {}, body: '', slug: '', rawData: '' };
					}
				},
			},
		]),
	);

const quiet = (loader: Loader): Loader =>
	preview
		? {
				...loader,
				load: (context) => {
					const { entryTypes } = context as typeof context & { entryTypes?: Map<string, EntryType> };
					const logger = Object.assign(Object.create(context.logger), { error: stashLoaderError });
					return loader.load({ ...context, ...(entryTypes && { entryTypes: forgiving(entryTypes) }), logger });
				},
			}
		: loader;

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

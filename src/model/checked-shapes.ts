import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';

/**
 * Refuses, in the dev preview, to draw content whose shape the content check has not passed.
 * There Astro's store keeps front matter that fails its schema as written (the content check
 * reports it), and can hold a file caught halfway through a save. Rather than let a page trip
 * over a field of the wrong type, this throws, naming the file; the preview then shows the
 * check's messages (src/integrations/preview-guard.ts). The build needs no such test: its
 * schemas are strict and the check has passed before any page is drawn.
 */
export function assertShapes(entriesByCollection: { [C in CollectionName]?: readonly { id: string; data: unknown; filePath?: string }[] }): void {
	for (const name of Object.keys(entriesByCollection) as CollectionName[]) {
		const { schema, base } = COLLECTIONS[name];
		for (const entry of entriesByCollection[name] ?? []) {
			if (!schema.safeParse(entry.data).success) throw new Error(`${entry.filePath ?? `${base}/${entry.id}.md`} does not match its schema yet: the content check says why`);
		}
	}
	if (entriesByCollection.story?.length !== 1) throw new Error(`${COLLECTIONS.story.base}/${COLLECTIONS.story.pattern} is missing`);
}

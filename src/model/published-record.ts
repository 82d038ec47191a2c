import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PublishedRecord } from '../schemas/published.ts';

/**
 * The record of what has been published (content/published.json), as the pages read it: the
 * day each claim was first published dates its "new claim" update. The content check has already
 * refused a missing or broken record, so this only reads it.
 */
export async function readPublishedRecord(root = process.cwd()): Promise<PublishedRecord> {
	const text = await readFile(path.join(root, 'content/published.json'), 'utf8');
	return PublishedRecord.parse(JSON.parse(text));
}

// The shapes the integrity run hands to the checks that live in their own files (claims,
// questions, vocabularies). Kept apart from integrity.ts so that it imports the checks and
// they import only these types: no file of the content check imports one that imports it back.
import type { CollectionName } from '../schemas/collections.ts';
import type { ContentFile } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';

/** A field's path in a file's front matter, e.g. `['stated', 'value']` or `['aliases', 0]`. */
export type Path = (string | number)[];

/** The shared helpers of one integrity run, handed to the checks that live in their own functions. */
export interface Checks {
	error: (entry: ContentFile, path: Path, message: string) => void;
	reference: (entry: ContentFile, path: Path, id: string | undefined, target: CollectionName) => void;
	references: (entry: ContentFile, field: string, list: readonly string[] | undefined, target: CollectionName) => void;
	citations: (entry: ContentFile) => void;
	diagnostics: Diagnostic[];
}

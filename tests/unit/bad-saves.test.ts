import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';
import { BAD_SAVES } from '../support/bad-saves.ts';
import { tempProject } from '../support/temp-project.ts';

// The bad saves the preview test drives the dev server through, checked here without one: each
// gets a message naming its file and field, in words that say what to write (never zod's own
// "Invalid input: expected array, received string"), and its fix passes the check again.
describe('the content check on each bad save an editor can make', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	for (const save of BAD_SAVES) {
		it(`${save.kind}: ${save.shows === 'page' ? 'passes once the save is complete' : `names ${save.file}${save.field ? ` and ${save.field}` : ''}, with a fix`}`, async () => {
			await save.save(project);
			try {
				const errors = (await checkContent(project.dir)).diagnostics.filter((d) => d.severity === 'error');
				if (save.shows === 'page') return expect(errors.map(formatDiagnostic)).toEqual([]);
				const named = errors.filter((d) => d.file === save.file && (!save.field || d.field === save.field || d.field.startsWith(`${save.field}.`)));
				expect(named.map(formatDiagnostic), errors.map(formatDiagnostic).join('\n')).not.toEqual([]);
				for (const d of named) expect(d.message).not.toMatch(/Invalid input|expected \w+, received/);
			} finally {
				await save.fix(project);
			}
			expect((await checkContent(project.dir)).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
		});
	}
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { TEMPLATES, type TemplateKind } from '../../src/content-check/templates.ts';
import { STATUS_DEFINITIONS } from '../../src/schemas/status.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';
import { tempProject } from '../support/temp-project.ts';

const guide = await readFile('content/README.md', 'utf8');
/** Every ```md <kind> <id> block in the guide: a whole example file. */
const FENCE = '\x60\x60\x60';
const EXAMPLE = new RegExp(`${FENCE}md (\\w+) ([a-z0-9-]+)\\n([\\s\\S]*?)${FENCE}`, 'g');
const examples = [...guide.matchAll(EXAMPLE)].map(([, kind, id, text]) => ({ kind: kind as TemplateKind, id: id!, text: text! }));

describe('the editor\'s guide (content/README.md)', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	it('has an example for every kind of entry', () => {
		expect(examples.map((e) => e.kind).sort()).toEqual(Object.keys(TEMPLATES).sort());
	});

	for (const example of examples) {
		it(`gives a ${example.kind} example that passes every check`, async () => {
			const file = `${COLLECTIONS[TEMPLATES[example.kind].collection].base}/${example.id}.md`;
			await project.write(file, example.text);
			try {
				const { diagnostics } = await checkContent(project.dir);
				expect(diagnostics.filter((d) => d.file === file && d.severity === 'error').map(formatDiagnostic)).toEqual([]);
			} finally {
				await project.remove(file);
			}
		});
	}

	it('names every field of every schema', () => {
		for (const [name, { schema }] of Object.entries(COLLECTIONS)) {
			for (const field of Object.keys(schema.shape)) expect(guide, `${name}.${field}`).toContain(`\`${field}\``);
		}
	});

	it('gives every status with the definition the site shows', () => {
		for (const [status, { definition }] of Object.entries(STATUS_DEFINITIONS)) {
			expect(guide).toContain(`| \`${status}\` | ${definition} |`);
		}
	});
});

describe('npm run new templates', () => {
	for (const [kind, template] of Object.entries(TEMPLATES)) {
		it(`${kind}: has every field, each with a comment above it`, () => {
			const front = template.text.split('---')[1]!;
			const lines = front.split('\n');
			for (const field of Object.keys(COLLECTIONS[template.collection].schema.shape)) {
				const at = lines.findIndex((line) => line.startsWith(`${field}:`));
				expect(at, `${kind}.${field}`).toBeGreaterThan(0);
				const above = lines.slice(0, at).reverse().find((line) => !/^[a-zA-Z]+:/.test(line));
				expect(above?.startsWith('#'), `${kind}.${field} has a comment`).toBe(true);
			}
		});
	}
});

describe('a template left unfilled', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	for (const [kind, template] of Object.entries(TEMPLATES)) {
		it(`${kind}: fails the check on every line that still holds a placeholder, body included`, async () => {
			const file = `${COLLECTIONS[template.collection].base}/unfilled-${kind}.md`;
			await project.write(file, template.text);
			try {
				const { diagnostics } = await checkContent(project.dir);
				const flagged = new Set(diagnostics.filter((d) => d.file === file && d.severity === 'error').map((d) => d.line));
				const placeholderLines = template.text
					.split('\n')
					.map((line, i) => ({ line, number: i + 1 }))
					.filter(({ line }) => !line.startsWith('#') && /TODO|YYYY|example\.org/.test(line))
					.map(({ number }) => number);
				expect(placeholderLines.length).toBeGreaterThan(0);
				expect(placeholderLines.filter((n) => !flagged.has(n)), `unflagged lines of ${kind}`).toEqual([]);
			} finally {
				await project.remove(file);
			}
		});
	}
});

describe('the guide\'s length limits', () => {
	it('are the schemas\' own limits', async () => {
		const { Claim, Correction } = await import('../../src/schemas/claim.ts');
		const { Source } = await import('../../src/schemas/source.ts');
		const { ID_MAX_LENGTH } = await import('../../src/schemas/id.ts');
		const limits: [string, number | null | undefined][] = [
			['`statement`: ', Claim.shape.statement.maxLength],
			['`short`: ', Claim.shape.short.unwrap().maxLength],
			['`quote`: ', Claim.shape.quote.unwrap().maxLength],
			['`note`: ', Correction.shape.note.maxLength],
			['Names of sources and\nplaces, note and topic titles: ', Source.shape.name.maxLength],
			['Ids: ', ID_MAX_LENGTH],
		];
		for (const [words, max] of limits) {
			expect(max, words).toBeTypeOf('number');
			expect(guide).toContain(`${words}${max!.toLocaleString('en-GB')}`);
		}
	});
});

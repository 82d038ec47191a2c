import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { FRONT_MATTER } from '../../src/content-check/content-files.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';
import { TEMPLATES } from '../../src/content-check/templates.ts';
import { runScript } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

const run = promisify(execFile);
const guide = await readFile('content/README.md', 'utf8');
const scripts = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** One fenced block of a how-to: its language, the file its info string names, and its text. */
interface Step {
	lang: string;
	file?: string;
	append: boolean;
	/** A `yaml` step whose lists replace the file's, rather than add to them. */
	replace: boolean;
	text: string;
}

/** A block's info string without its title, whose file name may hold any word. */
const flags = (info: string) => info.replace(/title="[^"]*"/, '');

/** The guide's "How to…" section, split at each bold title (`**Add a claim.**`) into its steps. */
function howTos() {
	const start = guide.indexOf('\n## How to');
	const section = guide.slice(start, guide.indexOf('\n## ', start + 1));
	const FENCE = '\x60\x60\x60';
	return section
		.split(/\n(?=\*\*[^*\n]+\*\*)/)
		.slice(1)
		.map((text) => ({
			title: /^\*\*([^*]+?)\.?\*\*/.exec(text)![1]!,
			steps: [...text.matchAll(new RegExp(`${FENCE}(\\w+)([^\\n]*)\\n([\\s\\S]*?)${FENCE}`, 'g'))].map(
				([, lang, info, body]): Step => ({ lang: lang!, file: /title="([^"]+)"/.exec(info!)?.[1], append: /\bappend\b/.test(flags(info!)), replace: /\breplace\b/.test(flags(info!)), text: body! }),
			),
		}));
}

/** Writes a `yaml` step's fields into the file's front matter: a value replaces the field's, list items are added (unless `replace`). */
function writeFields(fileText: string, fields: string, replace: boolean): string {
	const match = FRONT_MATTER.exec(fileText)!;
	const doc = parseDocument(match[2]!);
	const changes = parseDocument(fields);
	for (const [key, value] of Object.entries(changes.toJS() as Record<string, unknown>)) {
		const existing = doc.get(key, true);
		if (Array.isArray(value) && isSeq(existing) && !replace) {
			for (const item of value) if (!(existing as YAMLSeq).items.some((node) => JSON.stringify((node as { toJSON(): unknown }).toJSON?.() ?? node) === JSON.stringify(item))) existing.add(doc.createNode(item));
		} else doc.set(key, doc.createNode(value));
	}
	return `${match[1]}${doc.toString().trimEnd()}${match[3]}${fileText.slice(match[0].length)}`;
}

/** A 1×1 PNG: the picture the image how-to has the editor copy into `public/`. */
const PICTURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** What an editor would then see, beyond a passing check, for the how-tos that change the record. */
const OUTCOMES: Record<string, (read: (file: string) => Promise<string>, exists: (file: string) => boolean) => Promise<void>> = {
	'Add a claim': async (read) => expect(JSON.parse(await read('content/published.json')).claims).toContain('kremlin-no-comment'),
	'Change a status': async (read) => expect(JSON.parse(await read('content/published.json')).statuses['umerov-first-encounter']).toBe('confirmed'),
	'Add an image to a body': async (read, exists) => {
		expect(exists('public/images/front.png')).toBe(true);
		expect(await read('content/claims/umerov-first-encounter.md')).toContain('](/images/front.png)');
	},
	'Add a topic': async (read) => {
		expect(await read('content/story.md')).toMatch(/topics:[\s\S]*- id: ukraine-assessments\n\s+title: What Ukraine says it has seen/);
		expect(await read('content/claims/umerov-first-encounter.md')).toMatch(/topics:\n\s+- ukraine-assessments\n\s+- combat\n(?!\s+- )/);
	},
	'Rename a claim': async (read, exists) => {
		expect(exists('content/claims/umerov-first-encounter.md')).toBe(false);
		expect(await read('content/claims/umerov-encounter.md')).toMatch(/aliases:\n\s+- umerov-first-encounter/);
	},
};

/** The how-tos every editor needs; each must have steps a test can follow. */
const REQUIRED = ['Add a claim', 'Add an estimate', 'Change a status', 'Add a follow-up report', 'Add a correction', 'Add a topic', 'Add a place to the map', 'Add an image to a body', 'Rename a claim'];

describe('the editor\'s guide, followed step by step in a throwaway copy', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeEach(async () => {
		project = await tempProject();
		await writeFile(path.join(project.dir, 'front.png'), PICTURE);
	});
	afterEach(() => project.cleanup());

	it('gives steps a test can follow for every how-to an editor needs, and for every how-to it has', () => {
		const titles = howTos().filter((h) => h.steps.some((s) => s.lang === 'sh' || s.file)).map((h) => h.title);
		expect(REQUIRED.filter((title) => !titles.some((t) => t.startsWith(title)))).toEqual([]);
		expect(howTos().map((h) => h.title).filter((title) => !titles.includes(title)), 'how-tos in prose only, which no test follows').toEqual([]);
	});

	it('is what the templates of npm run new point to: each "see …" names a how-to of the guide', () => {
		const pointers = Object.values(TEMPLATES).flatMap((template) => [...template.text.matchAll(/see "([^"]+)"/g)].map((m) => m[1]!));
		expect(pointers.length).toBeGreaterThan(0);
		expect(pointers.filter((title) => !howTos().some((h) => h.title.startsWith(title)))).toEqual([]);
	});

	for (const { title, steps } of howTos().filter((h) => h.steps.some((s) => s.lang === 'sh' || s.file))) {
		it(`${title}: every step works as written, and the content then passes the check`, async () => {
			for (const step of steps) {
				if (step.lang === 'sh') {
					for (const line of step.text.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean)) {
						const npm = /^npm run (\S+)(?: -- (.*))?$/.exec(line);
						let result: { code: number; output: string };
						if (npm) {
							const command = /^node commands\/(\S+)$/.exec(scripts[npm[1]!] ?? '');
							expect(command, `${line}: npm run ${npm[1]} runs one command script`).not.toBeNull();
							result = await runScript(project.dir, command![1]!, ...(npm[2]?.split(/\s+/) ?? []));
						} else {
							result = await run('sh', ['-c', line], { cwd: project.dir }).then(({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }), (e: { code: number; stderr: string }) => ({ code: e.code, output: e.stderr }));
						}
						expect(result.code, `${title}: ${line}\n${result.output}`).toBe(0);
					}
				} else if (step.file) {
					const target = path.join(project.dir, step.file);
					const before = existsSync(target) ? await readFile(target, 'utf8') : '';
					const after = step.append ? `${before.trimEnd()}\n\n${step.text}` : step.lang === 'yaml' ? writeFields(before, step.text, step.replace) : step.text;
					await writeFile(target, after);
				}
			}
			const { diagnostics } = await checkContent(project.dir);
			expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic), title).toEqual([]);
			const outcome = Object.entries(OUTCOMES).find(([name]) => title.startsWith(name))?.[1];
			await outcome?.(project.read, (file) => existsSync(path.join(project.dir, file)));
			// Each npm run starts Node afresh: a how-to of four commands takes a minute on two busy cores.
		}, 240_000);
	}
});

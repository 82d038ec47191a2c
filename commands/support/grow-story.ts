// The story grown as editors grow it, in a throwaway copy: 40 new claims, a correction, a status
// change with its correction, and a renamed claim that keeps its old id as an alias, all through
// the editors' own tools (npm run rename, npm run manifest). `npm run test:grown` runs the build
// and browser tests on it, so no test holds only for today's content.
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './project-copy.ts';
import { addSyntheticClaims } from './synthetic-claims.ts';

/** What the grown copy changes, beyond the 40 filler claims. */
export const GROWTH = {
	fillerClaims: 40,
	/** A claim given a correction that changes no status. */
	corrected: 'sk-official-shares-assessment',
	/** A claim whose status changes, with the correction that records it. */
	statusChanged: { id: 'fought-alongside-naval-infantry', from: 'unverified', to: 'reported' },
	/** A claim renamed with npm run rename, its old id kept as an alias. */
	renamed: { from: 'zelenskyy-confirms-first-combat', to: 'zelenskyy-confirms-combat-engagement' },
	/** The editors' day for the correction and the status change: after any date in today's content. */
	day: '2026-11-29',
} as const;

/** Rewrites a file of the copy, failing if the change would change nothing. */
async function edit(dir: string, file: string, change: (text: string) => string) {
	const target = path.join(dir, file);
	const before = await readFile(target, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`growing the story changed nothing in ${file}: has the content moved on?`);
	await writeFile(target, after);
}

/** Adds a correction to a claim file's front matter, before its closing `---`. */
const addCorrection = (text: string, lines: string[]) => {
	if (/^corrections:/m.test(text)) return text.replace(/^corrections:\n/m, `corrections:\n${lines.join('\n')}\n`);
	return text.replace(/\n---\n/, `\ncorrections:\n${lines.join('\n')}\n---\n`);
};

/** Runs one of the editors' commands (`commands/<script>`) in the copy, as `npm run` would there. */
async function run(dir: string, script: string, ...args: string[]) {
	try {
		await promisify(execFile)(process.execPath, [path.join(ROOT, 'commands', script), ...args], { cwd: dir });
	} catch (error) {
		const failed = error as { stdout?: string; stderr?: string };
		throw new Error(`growing the story: ${script} ${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
	}
}

/** Grows the story in the project copy at `dir` (its content/ is changed in place). */
export async function growStory(dir: string) {
	const templates = (await readdir(path.join(dir, 'content/claims'))).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();
	await addSyntheticClaims(dir, GROWTH.fillerClaims, { templates });

	const { corrected, statusChanged, renamed, day } = GROWTH;
	await edit(dir, `content/claims/${corrected}.md`, (text) =>
		addCorrection(text, [`  - date: ${day}`, '    note: "Test data: a correction added by the grown-story test; the claim\'s wording was made clearer."']),
	);
	await edit(dir, `content/claims/${statusChanged.id}.md`, (text) => {
		if (!text.includes(`status: ${statusChanged.from}\n`)) throw new Error(`${statusChanged.id} is no longer "${statusChanged.from}"`);
		return addCorrection(text.replace(`status: ${statusChanged.from}`, `status: ${statusChanged.to}`), [
			`  - date: ${day}`,
			`    status: { from: ${statusChanged.from}, to: ${statusChanged.to} }`,
			'    note: "Test data: a status change added by the grown-story test."',
		]);
	});
	await run(dir, 'rename.ts', renamed.from, renamed.to);
	// As an editor publishes: the record takes the new ids and statuses (it refuses while any content error remains).
	await run(dir, 'update-manifest.ts');
}

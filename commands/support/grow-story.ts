// The story grown as editors grow it, in a throwaway copy: 40 new claims, a follow-up report as
// real ones come (an agency's same-day copy of the first report, and a later report that carries a
// new claim with a figure of a new kind and a new place, and prompts a status change), a
// correction, and a renamed claim that keeps its old id as an alias, all through the editors' own
// tools (npm run rename, npm run manifest). Every name and sentence it adds is FIXTURE test data. `npm run test:grown` runs the build
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
	/** The follow-up: a same-day copy of the first report, and a later report with a claim, a figure and a place. */
	followUp: { outlet: 'fixture-grown-wire', later: 'fixture-grown-post-2026-11-28', claim: 'fixture-grown-captured-claim', estimate: 'fixture-grown-captured-figure', place: 'fixture-grown-place' },
} as const;

const FIXTURE_SOURCE = (name: string, kind: string) => `---
name: "${name}"
role: "a fictional outlet that exists only in the tests"
kind: ${kind}
side: press
---

FIXTURE: a made-up outlet of the grown-story test.
`;

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

	const { corrected, statusChanged, renamed, day, followUp } = GROWTH;
	const story = await readFile(path.join(dir, 'content/story.md'), 'utf8');
	const firstReport = /^firstReport: (\S+)$/m.exec(story)![1]!;
	const firstDay = /^  value: (\d{4}-\d{2}-\d{2})$/m.exec(await readFile(path.join(dir, `content/reports/${firstReport}.md`), 'utf8'))![1]!;
	const scope = /scopes:\n  - \{ id: ([a-z0-9-]+)/.exec(story)![1]!;
	const write = (file: string, text: string) => writeFile(path.join(dir, file), text);
	await write(`content/sources/${followUp.outlet}.md`, FIXTURE_SOURCE('The Fixture Grown Wire', 'news-agency'));
	await write('content/sources/fixture-grown-post.md', FIXTURE_SOURCE('The Fixture Grown Post', 'news-outlet'));
	const report = (outlet: string, value: string, title: string) => `---\noutlet: ${outlet}\npublished:\n  value: ${value}\n  precision: day\n  wording: "${value}"\ntitle: "FIXTURE: ${title}"\n---\n\nFIXTURE: a made-up report of the grown-story test.\n`;
	await write(`content/reports/${followUp.outlet}-${firstDay}.md`, report(followUp.outlet, firstDay, 'a same-day copy of the first report'));
	await write(`content/reports/${followUp.later}.md`, report('fixture-grown-post', '2026-11-28', 'a later report'));
	await write(`content/places/${followUp.place}.md`, `---\nname: "Fixture Grown Place"\nkind: city\nlat: 50.1\nlon: 40.2\ncoordinatesBasis: "FIXTURE: made-up coordinates for the grown-story test."\n---\n\nFIXTURE: a made-up place.\n`);
	await write(
		`content/claims/${followUp.claim}.md`,
		`---\nstatement: "FIXTURE: at least 2 soldiers were captured, The Fixture Grown Post reported."\nshort: "FIXTURE: at least 2 captured"\nclaimant: fixture-grown-post\nreportedBy:\n  - fixture-grown-post\nreports:\n  - ${followUp.later}\nstated:\n  value: 2026-11-28\n  precision: by\n  wording: "2026-11-28"\nstatus: reported\nassessed: ${day}\nplaces:\n  - ${followUp.place}\ntopics:\n  - ${/topics:\n  - id: ([a-z0-9-]+)/.exec(story)![1]}\n---\n\nFIXTURE: test content.\n`,
	);
	await write(
		`content/estimates/${followUp.estimate}.md`,
		`---\nvalue: 2\ncounts: captured\nqualifier: at-least\nscope: ${scope}\nwording: "at least 2"\nbasis: "FIXTURE: at least 2 is read as 2 or more."\nstatedBy: fixture-grown-post\nstated:\n  value: 2026-11-28\n  precision: by\n  wording: "2026-11-28"\nreports:\n  - ${followUp.later}\nclaim: ${followUp.claim}\n---\n`,
	);
	// The same-day copy carries one of the first report's claims, after the reports it names (the first report when it names none).
	await edit(dir, `content/claims/${corrected}.md`, (text) =>
		/^reports:\n/m.test(text) ? text.replace(/^reports:\n((?:  - .*\n)+)/m, `reports:\n$1  - ${followUp.outlet}-${firstDay}\n`) : text.replace(/\n---\n/, `\nreports:\n  - ${firstReport}\n  - ${followUp.outlet}-${firstDay}\n---\n`),
	);
	await edit(dir, `content/claims/${corrected}.md`, (text) =>
		addCorrection(text, [`  - date: ${day}`, '    note: "Test data: a correction added by the grown-story test; the claim\'s wording was made clearer."']),
	);
	await edit(dir, `content/claims/${statusChanged.id}.md`, (text) => {
		if (!text.includes(`status: ${statusChanged.from}\n`)) throw new Error(`${statusChanged.id} is no longer "${statusChanged.from}"`);
		return addCorrection(text.replace(`status: ${statusChanged.from}`, `status: ${statusChanged.to}`), [
			`  - date: ${day}`,
			`    status: { from: ${statusChanged.from}, to: ${statusChanged.to} }`,
			`    report: ${followUp.later}`,
			'    note: "Test data: a status change added by the grown-story test."',
		]);
	});
	await run(dir, 'rename.ts', renamed.from, renamed.to);
	// As an editor publishes: the record takes the new ids and statuses (it refuses while any content error remains).
	await run(dir, 'update-manifest.ts');
}

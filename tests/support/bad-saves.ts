import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a step needs of the throwaway project: its folder, and reading a file of it. */
export interface Project {
	dir: string;
	read(file: string): Promise<string>;
}

/**
 * One bad save an editor can make with the preview running, and how it is undone. After `save`
 * the preview shows the content check's messages naming `file` (and `field`, when the check
 * names one), or, for saves that end in valid content (`shows: 'page'`), the page again.
 */
export interface BadSave {
	kind: string;
	file: string;
	field?: string;
	shows: 'messages' | 'page';
	save(project: Project): Promise<void>;
	/** Puts back what `save` changed (the file as it was before). */
	fix(project: Project): Promise<void>;
}

const at = (project: Project, file: string) => path.join(project.dir, file);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The text of each file as it was before the sequence touched it. */
const originals = new Map<string, string>();
async function original(project: Project, file: string) {
	const key = at(project, file);
	if (!originals.has(key)) originals.set(key, await project.read(file));
	return originals.get(key)!;
}
const restore = (file: string) => async (project: Project) => writeFile(at(project, file), await original(project, file));

/** A save that replaces the first match of `from` in `file` with `to`. */
function change(kind: string, file: string, field: string | undefined, from: RegExp | string, to: string): BadSave {
	return {
		kind,
		file,
		field,
		shows: 'messages',
		async save(project) {
			const text = await original(project, file);
			const changed = text.replace(from, to);
			if (changed === text) throw new Error(`${kind}: "${from}" is not in ${file}`);
			await writeFile(at(project, file), changed);
		},
		fix: restore(file),
	};
}

const CLAIM = 'content/claims/first-clash-reported.md';
const SOURCE = 'content/sources/kbs.md';
const ESTIMATE = 'content/estimates/north-korea-army-1-2-million.md';
const EVENT = 'content/timeline/first-clash-report.md';
const PLACE = 'content/places/pyongyang.md';
const QUESTION = 'content/questions/casualties.md';
const NOTE = 'content/notes/attribution.md';
const STORY = 'content/story.md';
const REPORT = 'content/reports/hbtv-2024-11-06.md';

/** The sequence, in order: each kind of bad save, every collection's fields, then undone. */
export const BAD_SAVES: BadSave[] = [
	{
		kind: 'cat > file: empty for a moment, then the whole claim',
		file: CLAIM,
		shows: 'page',
		async save(project) {
			const text = await original(project, CLAIM);
			await writeFile(at(project, CLAIM), '');
			await pause(20);
			await writeFile(at(project, CLAIM), text);
		},
		fix: restore(CLAIM),
	},
	{
		kind: 'a claim truncated to an empty file',
		file: CLAIM,
		shows: 'messages',
		save: async (project) => writeFile(at(project, CLAIM), (await original(project, CLAIM)).slice(0, 0)),
		fix: restore(CLAIM),
	},
	{
		kind: 'half a claim written, the rest a moment later',
		file: CLAIM,
		shows: 'page',
		async save(project) {
			const text = await original(project, CLAIM);
			await writeFile(at(project, CLAIM), text.slice(0, text.length / 2));
			await pause(50);
			await writeFile(at(project, CLAIM), text);
		},
		fix: restore(CLAIM),
	},
	{
		kind: 'half a claim written and left so',
		file: CLAIM,
		shows: 'messages',
		save: async (project) => {
			const text = await original(project, CLAIM);
			await writeFile(at(project, CLAIM), text.slice(0, text.indexOf('stated:')));
		},
		fix: restore(CLAIM),
	},
	change('claim statement: a number', CLAIM, 'statement', /statement: ".*"/, 'statement: 12345'),
	change('claim claimant: a map', CLAIM, 'claimant', /claimant:\n(  - .*\n)+/, 'claimant: { name: x }\n'),
	change('claim reportedBy: true', CLAIM, 'reportedBy', /reportedBy:\n(  - .*\n)+/, 'reportedBy: true\n'),
	change('claim supports: yes (a boolean, not a list)', CLAIM, 'supports', 'topics:', 'supports: yes\ntopics:'),
	change('claim contradicts: a number', CLAIM, 'contradicts', 'topics:', 'contradicts: 3\ntopics:'),
	change('claim stated.value: "6 November 2024"', CLAIM, 'stated.value', 'value: 2024-11-06', 'value: 6 November 2024'),
	change('claim stated: a date, not a map', CLAIM, 'stated', /stated:\n(  .*\n)+/, 'stated: 2024-11-06\n'),
	change('claim status: a list', CLAIM, 'status', 'status: reported', 'status: [reported]'),
	change('claim assessed: "6 November 2024"', CLAIM, 'assessed', /assessed: .*/, 'assessed: 6 November 2024'),
	change('claim topics: text, not a list', CLAIM, 'topics', /topics:\n  - combat/, 'topics: combat'),
	change('claim places: a number', CLAIM, 'places', 'topics:', 'places: 5\ntopics:'),
	change('claim corrections: text', CLAIM, 'corrections', 'topics:', 'corrections: "none"\ntopics:'),
	change('claim aliases: a map', CLAIM, 'aliases', 'topics:', 'aliases: { old: 1 }\ntopics:'),
	change('front matter that is not YAML', CLAIM, undefined, 'status: reported', 'status: [reported'),
	change('source name: a list', SOURCE, 'name', /name: ".*"/, 'name: [KBS, Korea]'),
	change('source kind: a number', SOURCE, 'kind', 'kind: broadcaster', 'kind: 7'),
	change('source side: a map', SOURCE, 'side', 'side: press', 'side: {}'),
	change('estimate value: words', ESTIMATE, 'value', 'value: 1200000', 'value: "1.2 million"'),
	change('estimate stated: a date, not a map', ESTIMATE, 'stated', /stated:\n(  .*\n)+/, 'stated: 2024-11-06\n'),
	change('estimate claim: a list', ESTIMATE, 'claim', /claim: .*/, 'claim: [nk-army-1-2-million]'),
	change('timeline date: yes', EVENT, 'date', /date:\n(  .*\n)+/, 'date: yes\n'),
	change('timeline claims: a number', EVENT, 'claims', /claims:\n(  - .*\n)+/, 'claims: 3\n'),
	change('place lat: a word', PLACE, 'lat', 'lat: 39.02', 'lat: north'),
	change('place name: a number', PLACE, 'name', 'name: "Pyongyang"', 'name: 5'),
	change('question claims: a map', QUESTION, 'claims', /claims:\n(  - .*\n)+/, 'claims: {}\n'),
	change('question order: a word', QUESTION, 'order', 'order: 4', 'order: fourth'),
	change('question disagreement: a list', QUESTION, 'disagreement', 'order: 4', 'order: 4\ndisagreement: []'),
	change('note title: a list', NOTE, 'title', /title: .*/, 'title: [Who, said]'),
	change('note order: a word', NOTE, 'order', 'order: 2', 'order: second'),
	change('story.md topics: a number', STORY, 'topics', /topics:\n(  .*\n)+/, 'topics: 5\n'),
	change('story.md sides: a map', STORY, 'sides', /sides:\n(  .*\n)+/, 'sides: {}\n'),
	change('story.md headline: a list', STORY, 'headline', /headline: .*/, 'headline: [North Korean troops, Kursk]'),
	change('story.md captions: a number', STORY, 'captions', /captions:\n(  .*\n)+/, 'captions: 7\n'),
	change('story.md site: empty', STORY, 'site', /site:\n(  .*\n)+/, 'site:\n'),
	change('report dateline: a list', REPORT, 'dateline', 'dateline: Seoul', 'dateline: [Seoul, Kyiv]'),
	change('report published: "6 November 2024"', REPORT, 'published', /published:\n(  .*\n)+/, 'published: 6 November 2024\n'),
	{
		kind: 'story.md truncated to an empty file',
		file: STORY,
		shows: 'messages',
		save: async (project) => writeFile(at(project, STORY), (await original(project, STORY)).slice(0, 0)),
		fix: restore(STORY),
	},
	{
		kind: 'a referenced source deleted',
		file: 'content/claims/umerov-first-encounter.md',
		field: 'reportedBy',
		shows: 'messages',
		async save(project) {
			await original(project, SOURCE);
			await rm(at(project, SOURCE));
		},
		fix: restore(SOURCE),
	},
	{
		kind: 'a published claim renamed by hand (the file moved, no alias)',
		file: 'content/published.json',
		shows: 'messages',
		save: async (project) => {
			await original(project, CLAIM);
			await rename(at(project, CLAIM), at(project, 'content/claims/first-clash.md'));
		},
		fix: (project) => rename(at(project, 'content/claims/first-clash.md'), at(project, CLAIM)),
	},
	{
		kind: "an editor's atomic save: written to a temporary name, then renamed over the file",
		file: PLACE,
		shows: 'page',
		async save(project) {
			const text = (await original(project, PLACE)).replace('lat: 39.02', 'lat: 39.03');
			await writeFile(at(project, 'content/places/.pyongyang.md.swp'), text);
			await rename(at(project, 'content/places/.pyongyang.md.swp'), at(project, PLACE));
		},
		fix: restore(PLACE),
	},
	{
		kind: 'a new empty claim file',
		file: 'content/claims/new-claim.md',
		shows: 'messages',
		save: (project) => writeFile(at(project, 'content/claims/new-claim.md'), ''),
		fix: (project) => rm(at(project, 'content/claims/new-claim.md')),
	},
];

// `npm run bench [-- --runs N] [-- --site <built dir>]`: builds the site (or takes one built in
// <dir>), serves it and the reference page (Astro's blog example, ../shared/anchors/…) brotli-
// compressed like a CDN, and measures, interleaved with the reference and in medians:
//   1. Lighthouse's default mobile audit of every page template (3 rounds);
//   2. the story page's main-thread CPU time and transfer under applied 4× throttling (7 loads);
//   3. interactions on the story page with the Event Timing API (5 cold loads each);
//   4. the story page's structure (reading path, rows, the rest) against per-claim allowances.
// Prints each as a table with its budgets marked (commands/support/budgets.ts), writes
// bench-results/bench.json, and exits 1 if any budget failed, naming each. `--runs N` sets every
// count to N (1 for a quick look).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { claimCount, failures, htmlVerdicts, shapeVerdicts } from './support/budget-verdicts.ts';
import { BUDGETS, KB } from './support/budgets.ts';
import { launchChromium } from './support/chromium.ts';
import { htmlWeight } from './support/html-weight.ts';
import { INTERACTIONS, timeInteraction, type InteractionTimes } from './support/interactions.ts';
import { audit, launchForLighthouse, type Audit } from './support/lighthouse-audit.ts';
import { storyPageShape } from './support/page-shape.ts';
import { loadOnPhone, median, REFERENCE, type Load } from './support/phone-load.ts';
import { serveStatic } from './support/static-server.ts';

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || undefined;
const site = option('--site') ?? 'dist';
if (!existsSync(REFERENCE.dist)) throw new Error(`The reference page is missing: ${REFERENCE.dist} (it comes with ../shared).`);
if (!option('--site')) {
	console.log('Building…');
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
const first = (folder: string) => readdirSync(path.join(site, folder)).sort()[0];
const claim = first('claims');
const TEMPLATES: [string, string][] = [
	['story page', '/'],
	['claim page', `/claims/${claim}/`],
	['question page', `/questions/${first('questions')}/`],
	['updates page', '/updates/'],
	['claim embed', `/embed/claims/${claim}/`],
	['map embed', '/embed/map/'],
	['figures embed', '/embed/figures/'],
	['404 page (a mistyped claim link)', '/claims/no-such-claim-here/'],
];
const ours = await serveStatic(site, { compress: true });
const reference = await serveStatic(REFERENCE.dist, { compress: true });
const failed: string[] = [];
const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '—') : (a / b).toFixed(2));
const mark = (ok: boolean, what: string) => {
	if (!ok) failed.push(what);
	return ok ? 'within' : '**OVER**';
};

// 1. Lighthouse, every template, each round starting with the reference.
const lighthouseRuns = runs ?? 3;
const audits = new Map<string, Audit[]>([['reference', []], ...TEMPLATES.map(([name]): [string, Audit[]] => [name, []])]);
const chrome = await launchForLighthouse();
try {
	for (let round = 0; round < lighthouseRuns; round++) {
		process.stdout.write(`Lighthouse round ${round + 1}/${lighthouseRuns}\r`);
		audits.get('reference')!.push(await audit(reference.origin + REFERENCE.path, chrome.port));
		for (const [name, pagePath] of TEMPLATES) audits.get(name)!.push(await audit(ours.origin + pagePath, chrome.port));
	}
} finally {
	chrome.kill();
}
const of = (name: string, key: Exclude<keyof Audit, 'accessibilityFailures'>) => median(audits.get(name)!.map((a) => a[key]));
console.log(`\nLighthouse's default mobile audit (simulated slow 4G, CPU 4×), median of ${lighthouseRuns}, ratio to the reference page (Astro's blog example post):\n`);
console.log('| page | performance | accessibility | FCP | LCP | TBT | Speed Index | CLS | main thread | budgets |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|---|');
for (const name of audits.keys()) {
	const timed = (key: 'fcp' | 'lcp' | 'tbt' | 'speedIndex' | 'mainThread') => `${ms(of(name, key))}${name === 'reference' ? '' : ` (${ratio(of(name, key), of('reference', key))})`}`;
	const scores = name === 'reference' ? '' : mark(of(name, 'performance') >= BUDGETS.lighthouseScore && of(name, 'accessibility') >= BUDGETS.lighthouseScore, `Lighthouse scores of the ${name}: performance ${of(name, 'performance')}, accessibility ${of(name, 'accessibility')}${of(name, 'accessibility') < 100 ? ` (failed: ${[...new Set(audits.get(name)!.flatMap((a) => a.accessibilityFailures))].join(', ')})` : ''}, budget ${BUDGETS.lighthouseScore}`);
	console.log(`| ${name} | ${of(name, 'performance')} | ${of(name, 'accessibility')} | ${timed('fcp')} | ${timed('lcp')} | ${timed('tbt')} | ${timed('speedIndex')} | ${of(name, 'cls').toFixed(3)} | ${timed('mainThread')} | ${scores} |`);
}
const storyTbt = of('story page', 'tbt');
const storyLcp = Number(ratio(of('story page', 'lcp'), of('reference', 'lcp')));
const storyCls = of('story page', 'cls');
console.log(`\nStory page: TBT ${ms(storyTbt)} (≤ ${BUDGETS.totalBlockingTime} ms: ${mark(storyTbt <= BUDGETS.totalBlockingTime, `story page Lighthouse TBT ${Math.round(storyTbt)} ms > ${BUDGETS.totalBlockingTime} ms`)}); LCP ${storyLcp.toFixed(2)}× the reference's (≤ ${BUDGETS.lcpRatio.toFixed(1)}×: ${mark(storyLcp <= BUDGETS.lcpRatio, `story page LCP ${storyLcp.toFixed(2)}× the reference's > ${BUDGETS.lcpRatio}×`)}); CLS ${storyCls.toFixed(3)} (≤ ${BUDGETS.cls}: ${mark(storyCls <= BUDGETS.cls, `story page CLS ${storyCls.toFixed(3)} > ${BUDGETS.cls}`)}).`);

// 2 and 3. Applied 4× throttling in Playwright's Chromium: loads, then interactions.
const browser = await launchChromium();
const loadRuns = runs ?? 7;
const loads: { ours: Load[]; reference: Load[] } = { ours: [], reference: [] };
for (let i = 0; i < loadRuns; i++) {
	process.stdout.write(`applied-throttling load ${i + 1}/${loadRuns}\r`);
	loads.reference.push(await loadOnPhone(browser, reference.origin + REFERENCE.path, reference.origin));
	loads.ours.push(await loadOnPhone(browser, `${ours.origin}/`, ours.origin));
}
const interactionRuns = runs ?? 5;
const timings: Partial<Record<keyof InteractionTimes, number[]>> = {};
for (let i = 0; i < interactionRuns; i++) {
	for (const interaction of INTERACTIONS) {
		process.stdout.write(`interactions ${i + 1}/${interactionRuns}: ${interaction.name}          \r`);
		const { duration, mapDrawn } = await timeInteraction(browser, `${ours.origin}/`, interaction);
		(timings[interaction.key] ??= []).push(duration);
		if (mapDrawn !== undefined) (timings.mapDrawn ??= []).push(mapDrawn);
	}
}
const shape = await storyPageShape(browser, `${ours.origin}/`);
await browser.close();
await ours.close();
await reference.close();

const load = (which: Load[], key: keyof Load) => median(which.map((run) => run[key]));
const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;
const cpu = Number(ratio(load(loads.ours, 'cpu'), load(loads.reference, 'cpu')));
console.log(`\nThe story page under applied throttling (412×915 phone, DPR 2.625, CPU 4× slower, cache off, brotli), median of ${loadRuns} cold loads each, interleaved:\n`);
console.log('| figure | story page | reference | ratio | budget | |\n|---|--:|--:|--:|---|---|');
console.log(`| main-thread CPU time | ${ms(load(loads.ours, 'cpu'))} | ${ms(load(loads.reference, 'cpu'))} | ${cpu.toFixed(2)} | ratio ≤ ${BUDGETS.cpuRatio} | ${mark(cpu <= BUDGETS.cpuRatio, `story page main-thread CPU ${cpu.toFixed(2)}× the reference's > ${BUDGETS.cpuRatio}×`)} |`);
console.log(`| DOMContentLoaded | ${ms(load(loads.ours, 'domContentLoaded'))} | ${ms(load(loads.reference, 'domContentLoaded'))} | ${ratio(load(loads.ours, 'domContentLoaded'), load(loads.reference, 'domContentLoaded'))} | | |`);
console.log(`| requests | ${load(loads.ours, 'requests')} | ${load(loads.reference, 'requests')} | | | |`);
const transfers: [string, keyof Load, number][] = [['transfer', 'transfer', BUDGETS.initialTransfer], ['JavaScript transfer', 'js', BUDGETS.initialJs]];
for (const [name, key, budget] of transfers) console.log(`| ${name} | ${kb(load(loads.ours, key))} | ${kb(load(loads.reference, key))} | | ≤ ${kb(budget)} | ${mark(load(loads.ours, key) <= budget, `story page ${name} ${kb(load(loads.ours, key))} > ${kb(budget)}`)} |`);
console.log(`| HTML transfer | ${kb(load(loads.ours, 'html'))} | ${kb(load(loads.reference, 'html'))} | | see the structure below | |`);
console.log(`| third-party requests | ${load(loads.ours, 'thirdParty')} | ${load(loads.reference, 'thirdParty')} | | ${BUDGETS.thirdPartyRequests} | ${mark(load(loads.ours, 'thirdParty') <= BUDGETS.thirdPartyRequests, 'third-party requests from the story page')} |`);

console.log(`\nInteractions on the story page (Event Timing, applied 4× CPU throttling), median and slowest of ${interactionRuns} cold loads each:\n`);
console.log('| interaction | median | slowest | budget | |\n|---|--:|--:|---|---|');
for (const { key, name } of INTERACTIONS) {
	const values = timings[key] ?? [];
	const shown = (n: number) => (n === 0 ? '< 16 ms' : ms(n));
	console.log(`| ${name} | ${shown(median(values))} | ${shown(Math.max(...values))} | ≤ ${BUDGETS.interaction} ms | ${mark(median(values) <= BUDGETS.interaction, `${name} takes ${Math.round(median(values))} ms > ${BUDGETS.interaction} ms`)} |`);
}
const drawn = timings.mapDrawn ?? [];
console.log(`| "Explore the map" to a drawn Leaflet map | ${drawn.length ? ms(median(drawn)) : 'never drawn'} | ${drawn.length ? ms(Math.max(...drawn)) : ''} | | |`);
if (drawn.length < interactionRuns) failed.push(`the live map was drawn in ${drawn.length} of ${interactionRuns} runs`);

// 4. Structure, for the story's number of claims.
const claims = await claimCount();
const verdicts = [...shapeVerdicts(shape, claims), ...htmlVerdicts(htmlWeight(readFileSync(path.join(site, 'index.html'), 'utf8')), claims)];
console.log(`\nThe story page's structure at 390 px, details closed, for ${claims} claims:\n\n| budget | measured | allowed | |\n|---|--:|--:|---|`);
for (const v of verdicts) console.log(`| ${v.budget} | ${v.value.toLocaleString('en')} ${v.unit} | ${v.limit.toLocaleString('en')} ${v.unit} | ${v.ok ? 'within' : '**OVER**'} |`);
failed.push(...failures(verdicts));

await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), budgets: BUDGETS, audits: Object.fromEntries(audits), loads, timings, shape, verdicts, failed }, null, 2));
console.log('\nWrote bench-results/bench.json');
if (failed.length) {
	console.log(`\n${failed.length} budget${failed.length === 1 ? '' : 's'} failed:\n${failed.map((line) => `- ${line}`).join('\n')}`);
	process.exitCode = 1;
} else console.log('\nEvery budget is met.');

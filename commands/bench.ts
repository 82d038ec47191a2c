// `npm run bench [-- --runs N]`: builds the site, serves dist/ and the reference page (Astro's
// blog example, ../shared/anchors/astro-blog-example/dist, /blog/first-post/) brotli-compressed
// like a CDN, and loads each cold N times (default 7), interleaved, in Chromium on a mid-range
// phone: 412×915, DPR 2.625, CPU 4× slower. Prints medians side by side with ratios, our page's
// element count and phone height, and the budgets; writes bench-results/bench.json.
// A benchmark, not a test: it never fails on timing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { BUDGETS, KB } from './support/budgets.ts';
import { launchChromium } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { storyPageShape } from './support/page-shape.ts';
import { loadOnPhone, median, REFERENCE, type Load } from './support/phone-load.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
if (!existsSync(REFERENCE.dist)) throw new Error(`The reference page is missing: ${REFERENCE.dist} (it comes with ../shared).`);
console.log('Building…');
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

const servers: StaticServer[] = [await serveStatic('dist', { compress: true }), await serveStatic(REFERENCE.dist, { compress: true })];
const [ours, reference] = servers as [StaticServer, StaticServer];
const browser = await launchChromium();
const results: { ours: Load[]; reference: Load[] } = { ours: [], reference: [] };
for (let i = 0; i < runs; i++) {
	process.stdout.write(`run ${i + 1}/${runs}\r`);
	results.ours.push(await loadOnPhone(browser, `${ours.origin}/`, ours.origin));
	results.reference.push(await loadOnPhone(browser, `${reference.origin}${REFERENCE.path}`, reference.origin));
}
const shape = await storyPageShape(browser, `${ours.origin}/`);
await browser.close();
for (const server of servers) await server.close();

const of = (loads: Load[], key: keyof Load) => median(loads.map((run) => run[key]));
const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '—') : (a / b).toFixed(2));
const verdict = (value: number, budget: number | undefined) => (budget === undefined ? '' : value <= budget ? 'within' : 'OVER');

type Row = [string, keyof Load, (n: number) => string, number | undefined, number | undefined];
const rows: Row[] = [
	['Largest Contentful Paint', 'lcp', ms, undefined, BUDGETS.lcpRatio],
	['DOMContentLoaded', 'domContentLoaded', ms, undefined, undefined],
	['First Contentful Paint', 'fcp', ms, undefined, undefined],
	['Total Blocking Time (Lighthouse method)', 'totalBlockingTime', ms, BUDGETS.totalBlockingTime, undefined],
	['long tasks after FCP', 'longTasks', String, undefined, undefined],
	['main-thread CPU time', 'cpu', ms, undefined, undefined],
	['Cumulative Layout Shift', 'cls', (n) => n.toFixed(3), BUDGETS.cls, undefined],
	['requests', 'requests', String, undefined, undefined],
	['transfer', 'transfer', kb, BUDGETS.initialTransfer, undefined],
	['HTML transfer', 'html', kb, BUDGETS.htmlTransfer, undefined],
	['JavaScript transfer', 'js', kb, BUDGETS.initialJs, undefined],
	['third-party requests', 'thirdParty', String, BUDGETS.thirdPartyRequests, undefined],
];
console.log(`\nThe story page against Astro's blog example (/blog/first-post/): ${runs} cold loads each, interleaved, 412×915 phone, DPR 2.625, CPU 4× slower, brotli.\n`);
console.log('| figure | story page | reference | ours / reference | budget | |\n|---|---|---|---|---|---|');
for (const [name, key, format, budget, ratioBudget] of rows) {
	const a = of(results.ours, key);
	const b = of(results.reference, key);
	const r = ratio(a, b);
	const mark = ratioBudget !== undefined ? (Number(r) <= ratioBudget ? 'within' : 'OVER') : verdict(a, budget);
	const limit = ratioBudget !== undefined ? `ratio ≤ ${ratioBudget.toFixed(1)}` : budget === undefined ? '' : format(budget);
	console.log(`| ${name} | ${format(a)} | ${format(b)} | ${r} | ${limit} | ${mark} |`);
}
console.log(`| elements in the document | ${shape.elements} | | | ≤ ${BUDGETS.elements} | ${verdict(shape.elements, BUDGETS.elements)} |`);
console.log(`| page height at 390 px, details closed | ${shape.height} px | | | ≤ ${BUDGETS.phoneHeight} px | ${verdict(shape.height, BUDGETS.phoneHeight)} |`);
console.log(`| map starts at | ${shape.map} px | | | ≤ ${BUDGETS.firstScreens} px | ${verdict(shape.map, BUDGETS.firstScreens)} |`);
console.log(`| troop chart starts at | ${shape.chart} px | | | ≤ ${BUDGETS.firstScreens} px | ${verdict(shape.chart, BUDGETS.firstScreens)} |`);
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), runs, budgets: BUDGETS, shape, results }, null, 2));
console.log('\nWrote bench-results/bench.json');

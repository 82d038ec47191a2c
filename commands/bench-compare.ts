// `npm run bench:compare -- <dir> <dir> … [--path /] [--runs N] [--reference]`: the same page from
// two or more built sites (e.g. dist/ before and after a change, or hand-edited copies of it)
// loaded cold N times each (default 7), interleaved, on the bench's throttled phone; with
// `--reference`, the bench's reference page too, in the last column. Prints medians with the
// ratio to the first site. Blocking time on a shared machine swings by half from run to run; the
// main thread's CPU time swings by a tenth, so it is the figure to judge a change by, and the
// bench's blocking time the one to report. A benchmark, not a test: it never fails on timing.
import { existsSync } from 'node:fs';
import { launchChromium } from './support/chromium.ts';
import { loadOnPhone, median, REFERENCE, type Load } from './support/phone-load.ts';
import { serveStatic } from './support/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || 7;
const pagePath = option('--path') ?? '/';
const valued = new Set(['--runs', '--path']);
const sites = args.filter((arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1]!)).map((dir) => ({ name: dir, dir, path: pagePath }));
if (args.includes('--reference')) sites.push({ name: 'reference', dir: REFERENCE.dist, path: REFERENCE.path });
if (sites.length < 2) throw new Error('Usage: npm run bench:compare -- <built site> <built site> … [--path /] [--runs N] [--reference]');
for (const { dir, path } of sites) if (!existsSync(`${dir}${path}index.html`) && !existsSync(`${dir}${path}`)) throw new Error(`${dir} has no page at ${path}: is it a built site?`);

const servers = await Promise.all(sites.map(({ dir }) => serveStatic(dir, { compress: true })));
const browser = await launchChromium();
const loads: Load[][] = sites.map(() => []);
for (let run = 0; run < runs; run++) {
	process.stdout.write(`run ${run + 1}/${runs}\r`);
	for (const [i, server] of servers.entries()) loads[i]!.push(await loadOnPhone(browser, server.origin + sites[i]!.path, server.origin));
}
await browser.close();
for (const server of servers) await server.close();

const figures: [string, keyof Load][] = [
	['main-thread CPU time', 'cpu'],
	['Total Blocking Time', 'totalBlockingTime'],
	['First Contentful Paint', 'fcp'],
	['Largest Contentful Paint', 'lcp'],
	['DOMContentLoaded', 'domContentLoaded'],
];
console.log(`\n${pagePath}: ${runs} cold loads of each site, interleaved, 412×915 phone, DPR 2.625, CPU 4× slower, brotli. Medians in ms, ratio to the first site.\n`);
console.log(`| figure | ${sites.map((site) => site.name).join(' | ')} |\n|---|${sites.map(() => '---').join('|')}|`);
for (const [name, key] of figures) {
	const values = loads.map((site) => median(site.map((load) => load[key])));
	console.log(`| ${name} | ${values.map((v, i) => (i === 0 ? `${Math.round(v)}` : `${Math.round(v)} (${(v / values[0]!).toFixed(2)})`)).join(' | ')} |`);
}

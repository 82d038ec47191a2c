// `npm run bench:compare -- <dir> <dir> … [--path /] [--runs N]`: the same page from two or more
// built sites (e.g. dist/ before and after a change, or hand-edited copies of it) loaded cold N
// times each (default 7), interleaved, on the bench's throttled phone. Prints medians with the
// ratio to the first site. Blocking time on a shared machine swings by half from run to run; the
// main thread's CPU time swings by a tenth, so it is the figure to judge a change by, and the
// bench's blocking time the one to report. A benchmark, not a test: it never fails on timing.
import { existsSync } from 'node:fs';
import { launchChromium } from './support/chromium.ts';
import { loadOnPhone, median, type Load } from './support/phone-load.ts';
import { serveStatic } from './support/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || 7;
const pagePath = option('--path') ?? '/';
const dirs = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (dirs.length < 2) throw new Error('Usage: npm run bench:compare -- <built site> <built site> … [--path /] [--runs N]');
for (const dir of dirs) if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} is not a built site: it has no index.html`);

const servers = await Promise.all(dirs.map((dir) => serveStatic(dir, { compress: true })));
const browser = await launchChromium();
const loads: Load[][] = dirs.map(() => []);
for (let run = 0; run < runs; run++) {
	process.stdout.write(`run ${run + 1}/${runs}\r`);
	for (const [i, server] of servers.entries()) loads[i]!.push(await loadOnPhone(browser, server.origin + pagePath, server.origin));
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
console.log(`| figure | ${dirs.join(' | ')} |\n|---|${dirs.map(() => '---').join('|')}|`);
for (const [name, key] of figures) {
	const values = loads.map((site) => median(site.map((load) => load[key])));
	console.log(`| ${name} | ${values.map((v, i) => (i === 0 ? `${Math.round(v)}` : `${Math.round(v)} (${(v / values[0]!).toFixed(2)})`)).join(' | ')} |`);
}

// `npm run dev` starts while a file's front matter is one Astro's YAML reader refuses outright
// (a key written twice, a tab in the indentation): it keeps running, and every page shows the
// content check's message for that file (file, line, field, fix), never a js-yaml stack trace.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnDevServer } from '../support/dev-server.ts';
import { tempProject } from '../support/temp-project.ts';

const FILE = 'content/claims/first-clash-reported.md';
const rows: [string, (text: string) => string, RegExp][] = [
	['a key written twice', (text) => text.replace(/^status: (.*)$/m, 'status: $1\nstatus: $1'), /first-clash-reported\.md:\d+ status: is written twice: keep one &quot;status&quot; line and delete the other/],
	['a tab in the indentation', (text) => text.replace(/^ {2}- combat$/m, '\t- combat'), /first-clash-reported\.md:\d+: is indented with a tab: YAML indents with spaces only/],
];

describe('npm run dev on front matter the YAML reader refuses', () => {
	let cleanup: (() => Promise<void>) | undefined;
	afterEach(async () => cleanup?.());

	it.each(rows)('starts with %s and shows the message, not a stack trace', async (_, edit, message) => {
		expect(rows).toHaveLength(2);
		const project = await tempProject();
		await project.edit(FILE, (text) => {
			const next = edit(text);
			expect(next).not.toBe(text);
			return next;
		});
		const dev = await spawnDevServer(project.dir);
		cleanup = async () => {
			if (dev.running()) dev.stop();
			await dev.exited;
			await project.cleanup();
		};
		let page = '';
		for (let i = 0; i < 180 && dev.running() && !message.test(page); i++) {
			page = await fetch(`${dev.base}/`, { headers: { accept: 'text/html' } }).then((r) => r.text(), () => '');
			if (!message.test(page)) await new Promise((resolve) => setTimeout(resolve, 500));
		}
		expect(dev.running(), dev.log()).toBe(true);
		expect(page, dev.log()).toMatch(message);
		expect(`${page}\n${dev.log()}`).not.toMatch(/js-yaml|Stack trace|at generateError/);
	}, 150_000);
});

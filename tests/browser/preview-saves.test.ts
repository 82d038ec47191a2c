import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launchChromium } from '../../commands/support/chromium.ts';
import { BAD_SAVES, type BadSave } from '../support/bad-saves.ts';
import { startDevServer } from '../support/dev-server.ts';
import { tempProject } from '../support/temp-project.ts';

/**
 * The page comes back by itself after a fix: within 2 s on a quiet machine (the goal), and
 * never later than this, however loaded the machine (two cores shared by several test runs
 * took 3–10 s). Each fix's time is printed.
 */
const STUCK = 15_000;
const GOAL = 2000;

/** What the browser shows, read from the page itself. */
type Shown = { what: 'page' | 'messages' | 'stack trace' | 'updating' | 'loading'; text: string };

async function shown(page: Page): Promise<Shown> {
	const seen = await page
		.evaluate(() => ({
			overlay: ((overlay) => (overlay ? (overlay.shadowRoot?.textContent ?? 'vite-error-overlay') : null))(document.querySelector('vite-error-overlay')),
			title: document.title,
			h1: document.querySelector('h1')?.textContent ?? '',
			text: document.body?.innerText ?? '',
			story: document.querySelector('main h1') !== null,
		}))
		.catch(() => undefined); // navigating: the page is between two documents
	if (!seen) return { what: 'loading', text: `(between pages at ${page.url()})` };
	const text = `${seen.overlay ?? ''}\n${seen.title}\n${seen.text}`;
	if (seen.overlay !== null || /TypeError|ReferenceError|SyntaxError|Stack trace|\n\s+at \S+ \(/.test(text) || /Error$/.test(seen.title)) return { what: 'stack trace', text };
	if (/^The content has \d+ errors?/.test(seen.h1)) return { what: 'messages', text };
	if (/catching up/.test(seen.h1)) return { what: 'updating', text };
	if (seen.story) return { what: 'page', text };
	return { what: 'loading', text: `${page.url()}\n${text}` };
}

/** The messages name the file, and the field on the same line, as `file:line field: …`. */
const namesFileAndField = (text: string, save: BadSave) =>
	text.split('\n').some((line) => line.includes(`${save.file}`) && (!save.field || new RegExp(` ${save.field.replace('.', '\\.')}(\\.\\d+)?: `).test(line)));

// An editor's session with the preview open: one dev server, one browser tab, one bad save
// after another, each undone. After each, the tab shows the page or the check's messages,
// never Astro's stack trace; after each fix it is the page again within 2 s, by itself.
describe('the live preview through a sequence of bad saves', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let dev: Awaited<ReturnType<typeof startDevServer>>;
	let browser: Browser;

	beforeAll(async () => {
		project = await tempProject();
		dev = await startDevServer(project.dir);
		browser = await launchChromium();
	}, 180_000);
	afterAll(async () => {
		if (process.env.PREVIEW_LOG) console.log(dev?.log());
		await browser?.close();
		dev?.stop();
		await project?.cleanup();
	});

	it(`shows the page or the messages after each of ${BAD_SAVES.length} bad saves, and the page again by itself after each fix`, async () => {
		expect(BAD_SAVES.length).toBeGreaterThanOrEqual(30);
		const page = await browser.newPage();
		const statuses: number[] = [];
		page.on('response', (response) => {
			if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) statuses.push(response.status());
		});
		const traces: string[] = [];
		/** Polls what the tab shows until `done`, noting any stack trace on the way. */
		const watch = async (done: (s: Shown) => boolean, timeout: number) => {
			const start = Date.now();
			for (;;) {
				const now = await shown(page);
				if (now.what === 'stack trace') traces.push(now.text.slice(0, 400));
				if (done(now)) return { shown: now, ms: Date.now() - start };
				if (Date.now() - start > timeout) return { shown: now, ms: Infinity };
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		};
		const okCount = () => dev.log().split('content OK').length;

		await page.goto(`${dev.base}/`);
		const first = await watch((s) => s.what === 'page', 30_000);
		expect(first.shown.what, first.shown.text.slice(0, 600) + dev.log().slice(-2000)).toBe('page');
		const fixes: { kind: string; ms: number }[] = [];
		const started = Date.now();
		const report = () =>
			console.log(
				`${fixes.length} bad saves and fixes in ${((Date.now() - started) / 1000).toFixed(1)} s; back to the page within ${GOAL} ms after ` +
					`${fixes.filter((f) => f.ms <= GOAL).length} of ${fixes.length} fixes; after each fix, in ms:\n` +
					fixes.map((f) => `  ${f.ms} ${f.kind}`).join('\n'),
			);
		onTestFinished(report);
		for (const save of BAD_SAVES) {
			const before = okCount();
			await save.save(project);
			if (save.shows === 'messages') {
				const after = await watch((s) => s.what === 'messages' && namesFileAndField(s.text, save), 20_000);
				expect(after.shown.what, `${save.kind}: ${after.shown.text.slice(0, 600)}`).toBe('messages');
				expect(namesFileAndField(after.shown.text, save), `${save.kind}: the messages name ${save.file} ${save.field ?? ''}\n${after.shown.text}`).toBe(true);
			} else {
				// The preview has seen the save (the check ran again and passed), and shows the page.
				await expect.poll(okCount, { timeout: 20_000 }).toBeGreaterThan(before);
				expect((await watch((s) => s.what === 'page', 20_000)).shown.what, save.kind).toBe('page');
			}
			const fixedFrom = okCount();
			await save.fix(project);
			const back = await watch((s) => s.what === 'page', STUCK);
			fixes.push({ kind: save.kind, ms: back.ms });
			expect(back.shown.what, `${save.kind}: after the fix\n${back.shown.text.slice(0, 600)}`).toBe('page');
			// The next save starts from content the preview has seen pass.
			await expect.poll(okCount, { timeout: 20_000 }).toBeGreaterThan(fixedFrom);
		}
		expect(traces, 'a stack trace was shown').toEqual([]);
		expect(statuses, 'a page answered 500, a crash').not.toContain(500);
		expect(fixes.filter((f) => f.ms > STUCK), `not back to the page ${STUCK / 1000} s after the fix`).toEqual([]);
		await page.close();
	}, 600_000);
});

import type { HookParameters } from 'astro';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { checkContent, hasErrors } from '../content-check/check-content.ts';
import { formatDiagnostic, type Diagnostic } from '../content-check/diagnostics.ts';
import { takeLoaderErrors } from '../content-check/loader-errors.ts';
import { previewContentPolicy } from '../outputs/csp.ts';
import { reloadContentStore } from './content-store.ts';
import { holdResponse } from './held-response.ts';
import { previewErrorPage, previewRetryPage } from './preview-error-page.ts';

type ServerSetup = HookParameters<'astro:server:setup'>;

/** Vite's own modules and assets, which never render content. */
const VITE_OWN = /^\/(@|_astro|node_modules|src\/|__)/;

/** Where the messages page asks whether the content passes yet. */
export const STATUS = '/__preview-status';

/** While the messages show, how long without a save before the disk is checked again anyway. */
const RECHECK_MS = 1500;

/**
 * The dev preview's side of the content guard: every page request gets either the page or the
 * content check's messages, never Astro's stack trace. The check runs again once the saves to
 * `content/` settle; then, if it passes, Astro's content store is synced again from disk (two
 * quick saves, as `cat > file` makes, can leave it holding the first). A page whose render
 * throws anyway (the store caught mid-save) gets a fresh check and resync and, in its place,
 * the messages or a page that reloads itself a second later.
 */
export function guardPreview({ root, server, logger, refreshContent, initial }: Pick<ServerSetup, 'server' | 'logger' | 'refreshContent'> & { root: string; initial: Diagnostic[] }) {
	let current = initial;
	// True from a save until the check has run and the store has been synced again after it.
	let stale = false;
	let settling: Promise<void> = Promise.resolve();
	let pending: ReturnType<typeof setTimeout> | undefined;
	// Counts the checks run: a page drawn before the latest one loads again (see reloadOnChange).
	let version = 0;
	let checkedAt = Date.now();

	const report = (loaderErrors: string[]) => {
		if (current.length === 0 && loaderErrors.length === 0) logger.info('content OK');
		for (const d of current) logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d));
		for (const message of loaderErrors) logger.error(message);
	};
	/** The loader errors held back since the last call that the check did not explain: Astro's message, rather than none. */
	const loaderErrorsToShow = () => {
		const held = takeLoaderErrors();
		return hasErrors(current) ? [] : held;
	};
	// Saves to each file since the last check. Astro's loader reads a file once per event, and
	// two reads of one file in flight at once can leave its store holding the first.
	const saves = new Map<string, number>();
	let resync = false;
	const said = (diagnostics: Diagnostic[]) => diagnostics.map(formatDiagnostic).join('\n');
	/**
	 * Checks the content on disk; when it passes and the store may lag behind the disk, syncs it
	 * again. One at a time. A `recheck` (no save seen) that finds the same messages changes nothing.
	 */
	const settle = (recheck = false) =>
		(settling = settling.then(async () => {
			if (!stale) return;
			// After a fix, or saves that raced, the store is synced again and pages read it afresh.
			const again = resync || hasErrors(current) || [...saves.values()].some((count) => count > 1);
			stale = resync = false;
			saves.clear();
			const before = current;
			current = (await checkContent(root)).diagnostics;
			checkedAt = Date.now();
			if (recheck && !stale && said(current) === said(before)) return;
			version++;
			if (again && !hasErrors(current)) {
				await refreshContent?.({}).catch((error: unknown) => logger.error(`content sync: ${(error as Error).message}`));
				reloadContentStore(server);
			}
			report(loaderErrorsToShow());
			// Pages open in a browser load again, as the page or as the messages.
			server.environments.client.hot.send({ type: 'full-reload', path: '*' });
		}));
	const changed = (file: string) => {
		stale = true;
		saves.set(file, (saves.get(file) ?? 0) + 1);
		clearTimeout(pending);
		pending = setTimeout(() => settle(), 100);
	};

	// A page that threw was replaced by ours: the overlay Astro then sends to open pages is not shown.
	let replacedAt = 0;
	const client = server.environments.client.hot;
	const send = client.send.bind(client) as (...args: unknown[]) => void;
	client.send = ((...args: unknown[]) => {
		const payload = args[0] as { type?: string } | undefined;
		if (payload?.type === 'error' && Date.now() - replacedAt < 2000) return;
		send(...args);
	}) as typeof client.send;

	server.middlewares.use(async (req, res, next) => {
		// Any address the site renders from content (pages, cards, feeds), not Vite's own modules.
		if (req.method !== 'GET') return next();
		// The messages page asks this until the content passes, then loads the page again.
		if (req.url?.startsWith(STATUS)) {
			// The messages are showing: if no save has been seen for a while, check the disk again,
			// in case the watcher missed one (a file deleted on a busy machine was).
			if (hasErrors(current) && !stale && Date.now() - checkedAt > RECHECK_MS) {
				stale = resync = true;
				void settle(true);
			}
			await settling;
			const since = new URL(req.url, 'http://preview').searchParams.get('since');
			const answer = since !== null ? (Number(since) === version ? 'same' : 'changed') : stale || hasErrors(current) ? 'wait' : 'ok';
			return void res.setHeader('Cache-Control', 'no-store').end(answer);
		}
		if (VITE_OWN.test(req.url ?? '')) return next();
		await settling;
		if (hasErrors(current)) return sendPage(res, previewErrorPage(current, STATUS));
		const drawnAt = version;
		res.setHeader('Content-Security-Policy', previewContentPolicy());
		holdResponse(res, async (held) => {
			if (held.status < 500) return held.release((html) => reloadOnChange(html, drawnAt));
			replacedAt = Date.now();
			// Caught mid-save, or the store still holds an earlier save: check the disk and sync now.
			stale = resync = true;
			await settle();
			replacedAt = Date.now();
			held.replace(503, hasErrors(current) ? previewErrorPage(current, STATUS) : previewRetryPage(STATUS));
		});
		next();
	});
	server.watcher.on('all', (_event, file) => {
		if (file.startsWith(path.join(root, 'content') + path.sep)) changed(file);
	});
	// The first content sync runs after the check on start; report what it kept back.
	server.httpServer?.once('listening', () => setTimeout(() => loaderErrorsToShow().forEach((message) => logger.error(message)), 300));
}

/**
 * Adds to a page of the preview a few lines that ask the preview, twice a second, whether the
 * content has been checked again since the page was drawn, and load the page again if so: a
 * save made while the page was loading is not missed (Vite's reload message can be).
 */
function reloadOnChange(html: string, version: number): string {
	const script = `<script>(function ask() { fetch(${JSON.stringify(`${STATUS}?since=${version}`)}).then((r) => r.text()).then((s) => (s === 'changed' ? location.reload() : setTimeout(ask, 500)), () => setTimeout(ask, 2000)); })();</script>`;
	return html.includes('</body>') ? html.replace(/<\/body>(?![\s\S]*<\/body>)/, `${script}</body>`) : html;
}

/** Our page in place of the site's: 503, the preview is not ready to show this address (never 500, a crash). */
function sendPage(res: ServerResponse, html: string) {
	res.statusCode = 503;
	res.setHeader('Content-Type', 'text/html; charset=utf-8');
	res.setHeader('Cache-Control', 'no-store');
	res.end(html);
}

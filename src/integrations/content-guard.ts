import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, hasErrors } from '../content-check/check-content.ts';
import { formatDiagnostic, formatReport, type Diagnostic } from '../content-check/diagnostics.ts';
import { takeLoaderErrors } from '../content-check/loader-errors.ts';
import { previewErrorPage } from './preview-error-page.ts';

/**
 * Fails `astro build` on any content error, with file, line, field and fix for each.
 * Astro alone lets a dangling reference through with exit code 0; this closes that gap.
 * In `astro dev` the same report is logged on start and after each content edit, the server
 * keeps running so the editor can fix the file, and while content has errors every page of
 * the preview shows them instead (never a stack trace, never a stale page).
 */
export function contentGuard(): AstroIntegration {
	let root = process.cwd();
	let current: Diagnostic[] = [];
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				const { diagnostics } = await checkContent(root);
				current = diagnostics;
				if (command === 'build' && hasErrors(diagnostics)) {
					throw new Error(`Content check failed:\n${formatReport(diagnostics)}`);
				}
				for (const d of diagnostics) logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d));
			},
			'astro:server:setup': ({ server, logger }) => {
				// One save can fire several events; check once they settle.
				let pending: ReturnType<typeof setTimeout> | undefined;
				/** The loader errors held back since the last call that the check did not explain: Astro's message, rather than none. */
				const loaderErrorsToShow = () => {
					const held = takeLoaderErrors();
					return hasErrors(current) ? [] : held;
				};
				const recheck = async () => {
					current = (await checkContent(root)).diagnostics;
					const loaderErrors = loaderErrorsToShow();
					if (current.length === 0 && loaderErrors.length === 0) logger.info('content OK');
					for (const d of current) logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d));
					for (const message of loaderErrors) logger.error(message);
				};
				// A page request (not Vite's own modules and assets) gets the error page while content is broken.
				server.middlewares.use((req, res, next) => {
					// Any address the site renders from content (pages, cards, feeds), not Vite's own modules.
					const page = req.method === 'GET' && !/^\/(@|_astro|node_modules|src\/|__)/.test(req.url ?? '');
					if (!page || !hasErrors(current)) return next();
					res.statusCode = 500;
					res.setHeader('Content-Type', 'text/html; charset=utf-8');
					res.setHeader('Cache-Control', 'no-store');
					res.end(previewErrorPage(current));
				});
				server.watcher.on('all', (_event, changed) => {
					if (!changed.startsWith(path.join(root, 'content') + path.sep)) return;
					clearTimeout(pending);
					pending = setTimeout(recheck, 300);
				});
				// The first content sync runs after the check on start; report what it kept back.
				server.httpServer?.once('listening', () => setTimeout(() => loaderErrorsToShow().forEach((message) => logger.error(message)), 300));
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, hasErrors } from '../content-check/check-content.ts';
import { formatDiagnostic, formatReport, type Diagnostic } from '../content-check/diagnostics.ts';
import { guardPreview } from './preview-guard.ts';

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
					// The editor's messages alone, as `npm run check` prints them: a thrown error would
					// bury them under Astro's "unhandled error" and a stack trace of our own code.
					console.error(`Content check failed:\n${formatReport(diagnostics)}`);
					process.exit(1);
				}
				for (const d of diagnostics) logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d));
			},
			'astro:server:setup': ({ server, logger, refreshContent }) => guardPreview({ root, server, logger, refreshContent, initial: current }),
		},
	};
}

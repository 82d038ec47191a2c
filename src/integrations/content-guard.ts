import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, hasErrors } from '../utils/check-content.ts';
import { formatDiagnostic, formatReport } from '../utils/diagnostics.ts';

/**
 * Fails `astro build` on any content error, with file, line, field and fix for each.
 * Astro alone lets a dangling reference through with exit code 0; this closes that gap.
 * In `astro dev` the same report is logged on start and after each content edit, and the
 * server keeps running so the editor can fix the file.
 */
export function contentGuard(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				const { diagnostics } = await checkContent(root);
				if (command === 'build' && hasErrors(diagnostics)) {
					throw new Error(`Content check failed:\n${formatReport(diagnostics)}`);
				}
				for (const d of diagnostics) logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d));
			},
			'astro:server:setup': ({ server, logger }) => {
				// One save can fire several events; check once they settle.
				let pending: ReturnType<typeof setTimeout> | undefined;
				const recheck = async () => {
					const { diagnostics } = await checkContent(root);
					if (diagnostics.length === 0) logger.info('content OK');
					for (const d of diagnostics) logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d));
				};
				server.watcher.on('all', (_event, changed) => {
					if (!changed.startsWith(path.join(root, 'content') + path.sep)) return;
					clearTimeout(pending);
					pending = setTimeout(recheck, 150);
				});
			},
		},
	};
}

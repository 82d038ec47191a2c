import { escapeHtml } from '../story/text.ts';
import { formatDiagnostic, type Diagnostic } from '../content-check/diagnostics.ts';

/**
 * A plain page of the preview's own, which loads its address again once `status` answers "ok"
 * (asked ten times a second; each answer waits for a check under way), or after a second without JavaScript. It reloads once: a page
 * that takes longer than that to draw is not cut off by the next reload.
 */
function reloadingPage(title: string, body: string, status: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<noscript><meta http-equiv="refresh" content="1"></noscript>
<title>${title} — preview</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem;color:#b3261e}li{margin:.75rem 0}code{font:14px/1.4 ui-monospace,monospace;background:#f3f3f3;padding:.1rem .25rem;white-space:pre-wrap;display:block}
</style>
</head>
<body>
${body}
<script>(function ask() { fetch(${JSON.stringify(status)}).then((r) => r.text()).then((s) => (s === 'ok' ? location.reload() : setTimeout(ask, 100)), () => setTimeout(ask, 1000)); })();</script>
</body>
</html>`;
}

/**
 * The page the preview (`npm run dev`) shows for every page while content has errors: the
 * content check's own messages, file, line, field and fix, in words an editor reads. It
 * reloads itself as soon as `status` says the content passes, so it turns back into the page
 * once the file is fixed. Dev only: the built site never serves it.
 */
export function previewErrorPage(diagnostics: readonly Diagnostic[], status: string): string {
	const errors = diagnostics.filter((d) => d.severity === 'error');
	return reloadingPage(
		'Content needs fixing',
		`<h1>The content has ${errors.length} error${errors.length === 1 ? '' : 's'}: fix ${errors.length === 1 ? 'it' : 'them'} and this page turns back into the preview</h1>
<p>The same messages are in the terminal running <code style="display:inline">npm run dev</code>, and in <code style="display:inline">npm run check</code>. <code style="display:inline">content/README.md</code> explains each field.</p>
<ol>
${errors.map((d) => `<li><code>${escapeHtml(formatDiagnostic(d))}</code></li>`).join('\n')}
</ol>`,
		status,
	);
}

/**
 * What the preview shows, for a second, when a page could not be drawn although the content
 * check passes: the preview caught a file halfway through a save and is reading it again.
 * If it stays, what went wrong is in the terminal running `npm run dev`.
 */
export function previewRetryPage(status: string): string {
	return reloadingPage(
		'Updating',
		`<h1>The preview is catching up with your last save</h1>
<p>This page loads again by itself in a second. If it stays, the terminal running <code style="display:inline">npm run dev</code> says what went wrong.</p>`,
		status,
	);
}

import { escapeHtml } from '../story/text.ts';
import { formatDiagnostic, type Diagnostic } from '../content-check/diagnostics.ts';

/**
 * The page the preview (`npm run dev`) shows for every page while content has errors: the
 * content check's own messages, file, line, field and fix, in words an editor reads. It
 * reloads itself every two seconds, so it turns back into the page once the file is fixed.
 * Dev only: the built site never serves it.
 */
export function previewErrorPage(diagnostics: readonly Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === 'error');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>Content needs fixing — preview</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem;color:#b3261e}li{margin:.75rem 0}code{font:14px/1.4 ui-monospace,monospace;background:#f3f3f3;padding:.1rem .25rem;white-space:pre-wrap;display:block}
</style>
</head>
<body>
<h1>The content has ${errors.length} error${errors.length === 1 ? '' : 's'}: fix ${errors.length === 1 ? 'it' : 'them'} and this page turns back into the preview</h1>
<p>The same messages are in the terminal running <code style="display:inline">npm run dev</code>, and in <code style="display:inline">npm run check</code>. <code style="display:inline">content/README.md</code> explains each field.</p>
<ol>
${errors.map((d) => `<li><code>${escapeHtml(formatDiagnostic(d))}</code></li>`).join('\n')}
</ol>
</body>
</html>`;
}

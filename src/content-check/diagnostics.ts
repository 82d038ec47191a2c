/** One problem found in a content file, pointing at the file, the line and the field. */
export interface Diagnostic {
	/** Path of the file from the project root, e.g. `content/claims/x.md`. */
	file: string;
	/** 1-based line in the file, where known. */
	line?: number;
	/** The field, as a dotted path (`stated.value`), or empty for the whole file. */
	field: string;
	/** What is wrong and how to fix it. */
	message: string;
	severity: 'error' | 'warning';
}

/** `content/claims/x.md:4 status: "confirmd" is not a status; did you mean "confirmed"?` */
export function formatDiagnostic(d: Diagnostic): string {
	const where = d.line ? `${d.file}:${d.line}` : d.file;
	const prefix = d.severity === 'warning' ? 'warning: ' : '';
	return `${prefix}${where}${d.field ? ` ${d.field}` : ''}: ${d.message}`;
}

/** A readable report of many diagnostics, errors first, then a count. */
export function formatReport(diagnostics: Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === 'error');
	const warnings = diagnostics.filter((d) => d.severity === 'warning');
	const lines = [...errors, ...warnings].map(formatDiagnostic);
	lines.push(`${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} in content/ (content/README.md explains each field).`);
	return lines.join('\n');
}

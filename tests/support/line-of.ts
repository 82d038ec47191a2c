/**
 * The 1-based number of the first line of `text` that matches `line` (a RegExp, or a string the
 * line starts with), for expected messages that name a line: the number follows the file when
 * editors add or move fields. Throws when no line matches, so a test cannot expect a line that
 * is not there.
 */
export function lineOf(text: string, line: string | RegExp): number {
	const lines = text.split(/\r?\n/);
	const index = lines.findIndex((l) => (typeof line === 'string' ? l.startsWith(line) : line.test(l)));
	if (index < 0) throw new Error(`no line ${typeof line === 'string' ? `starting with "${line}"` : `matching ${line}`} in the text`);
	return index + 1;
}

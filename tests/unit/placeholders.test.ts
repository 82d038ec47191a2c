// The rule for unfinished copy (src/content-check/placeholders.ts), one row per text: what a
// newsroom leaves in a draft is caught, and what a finished story legitimately says is not.
import { describe, expect, it } from 'vitest';
import { placeholderIn } from '../../src/content-check/placeholders.ts';

const caught: [string, string][] = [
	['TK', 'Troops arrived on TK.'],
	['TKTK', 'TKTK'],
	['TODO', 'TODO: the date'],
	['XXX', 'They numbered XXX.'],
	['FIXME', 'FIXME'],
	['[TK]', 'The minister, [TK], said so.'],
	['[check this]', 'The clash [check this] was reported.'],
	['[Check spelling]', 'Ri Il-gyu [Check spelling] defected.'],
	['[name?]', 'The official [name?] said so.'],
	['[confirm date with desk]', 'It began [confirm date with desk].'],
	['[need source]', 'It was large [need source].'],
	['[tbd]', 'Casualties: [tbd]'],
];
const allowed: string[] = [
	'[North Korean] troops have clashed with Ukrainian forces.',
	'He said it was "a [very] serious" escalation [sic].',
	'"They […] fought," he said.',
	'See [the report](https://www.example.org/report).',
	'As :claim[Ukraine said]{#umerov-first-encounter}, they clashed.',
	'An image: ![A map of the region](/images/map.png)',
	'A reference link [the ministry][mod] and its [mod]: /x',
	'- [ ] a task box, - [x] a done one',
	'A footnote[^1].',
	'Tk, tk and todo in lower case are words, not marks.',
	'The TKO and the TODOS are other words; so is XX.',
	'A [what is this?](/#note-date-inference) link whose text asks a question.',
];

describe('placeholderIn(text)', () => {
	it.each(caught)('catches %s', (placeholder, text) => {
		expect(caught).toHaveLength(12);
		expect(placeholderIn(text)).toBe(placeholder);
	});
	it.each(allowed.map((text) => [text]))('lets through: %s', (text) => {
		expect(allowed).toHaveLength(12);
		expect(placeholderIn(text)).toBeUndefined();
	});
});

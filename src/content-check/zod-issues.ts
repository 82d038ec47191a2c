// zod's issues, as messages an editor can act on: "is missing: add a \"statement\" field",
// "\"12,000\" is not a number: write a plain number, like 12000", "is not a field here; did you
// mean \"statement\"?". Only zod's public data is read: the issue and the schema's JSON Schema.
import { z } from 'astro/zod';
import { didYouMean } from './did-you-mean.ts';
import { isCalendarDate } from '../schemas/date.ts';

export function valueAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of fieldPath) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** A schema as JSON Schema (zod's public view of it), made once per schema. */
const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();
interface JsonSchema {
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
}
const jsonSchemaOf = (schema: z.ZodType) => {
	let json = jsonSchemas.get(schema);
	if (!json) jsonSchemas.set(schema, (json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema));
	return json;
};

/** The field names a schema allows at a path, for "did you mean" on a misspelt field. */
export function knownKeys(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
	let nodes: JsonSchema[] = [jsonSchemaOf(schema)];
	// A field may take one of several shapes (anyOf): every shape's fields count.
	const expand = (list: JsonSchema[]): JsonSchema[] => list.flatMap((node) => (node.anyOf ? expand(node.anyOf) : [node]));
	for (const key of fieldPath) {
		nodes = expand(nodes).flatMap((node) => {
			const next = typeof key === 'number' ? node.items : node.properties?.[String(key)];
			return next ? [next] : [];
		});
	}
	return [...new Set(expand(nodes).flatMap((node) => Object.keys(node.properties ?? {})))];
}

/** Whether an issue (or, for a union, one of its branches) asked for a whole number. */
const wantsInteger = (issue: z.core.$ZodIssue): boolean =>
	(issue.code === 'invalid_type' && issue.expected === 'int') || (issue.code === 'invalid_union' && issue.errors.some((branch) => branch.some(wantsInteger)));

/** What is wrong with a number YAML read (.nan, .inf, 1.5 where a count goes, 0 below a minimum), or undefined. */
function numberProblem(issue: z.core.$ZodIssue, value: number): string | undefined {
	if (Number.isNaN(value)) return 'is .nan ("not a number" in YAML): write a whole number, like 12000';
	if (!Number.isFinite(value)) return `is ${value > 0 ? '.inf' : '-.inf'} (infinity in YAML): write a whole number, like 12000`;
	if (!Number.isInteger(value) && wantsInteger(issue)) return `${value} is not a whole number: write a whole number, like 12000 (for "1.5 million", write 1500000)`;
	if (issue.code === 'too_small' && issue.origin === 'number' && issue.message.startsWith('Too small')) {
		return `${value} is too small: write a number ${issue.inclusive ? 'of at least' : 'above'} ${String(issue.minimum)}`;
	}
	return undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-02-30" is written as a date but no calendar has it: say so, not "write YYYY-MM-DD". */
function unrealDate(value: string): string | undefined {
	for (const part of value.split('/')) {
		const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(part.trim());
		if (!match || isCalendarDate(part.trim())) continue;
		const [year, month] = [Number(match[1]), Number(match[2])];
		if (month < 1 || month > 12) return `"${part.trim()}" is not a real date: there is no month ${match[2]}; write the month as 01 to 12`;
		const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
		return `"${part.trim()}" is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days; correct the day`;
	}
	return undefined;
}

/** What a value written in YAML is, in an editor's words. */
function kindOf(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'boolean') return `${value}, a yes/no value`;
	if (typeof value === 'number') return 'a number';
	return `the text ${JSON.stringify(value)}`;
}

const SHAPES: Record<string, string> = {
	array: 'a list: each item on its own line under the field, starting "  - " ([] for none)',
	object: 'a group of fields: each on its own indented line under the field',
	string: 'text, on the same line as the field',
	number: 'a plain number, like 12000',
};

/** A value of the wrong kind (a list where text goes, text where a list goes…): says what was written and what the field takes. */
function wrongShape(issue: z.core.$ZodIssue, value: unknown, noun: string): string | undefined {
	const expected =
		issue.code === 'invalid_type'
			? [issue.expected]
			: issue.code === 'invalid_union'
				? issue.errors.flatMap((branch) => branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => (i as { expected: string }).expected))
				: [];
	const wanted = [...new Set(expected)].filter((kind) => SHAPES[kind]);
	if (wanted.length === 0) return undefined;
	return `is ${kindOf(value)}, but ${noun} takes ${wanted.map((kind) => SHAPES[kind]).join('; or ')} (content/README.md shows the field)`;
}

/** Turns zod's issues into messages an editor can act on. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): { field: string; message: string }[] {
	const described = describeOne(issue, data, schema);
	// A position on the page is a small whole number: its example is not a figure's.
	if (issue.path.at(-1) === 'order') return described.map((d) => ({ ...d, message: d.message.replace(/like 12000 \(for "1\.5 million", write 1500000\)|like 12000/, 'like 3 (the position on the page: 1 first)') }));
	return described;
}

function describeOne(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): { field: string; message: string }[] {
	const field = issue.path.map(String).join('.');
	const value = valueAt(data, issue.path);
	const noun = String(issue.path.at(-1) ?? 'value');
	if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
		return [{ field, message: `is missing: add ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} "${noun}" field` }];
	}
	if (typeof value === 'string' && /^TODO|YYYY/.test(value)) {
		return [{ field, message: `is still the placeholder ${JSON.stringify(value)}: fill it in (content/README.md explains the field)` }];
	}
	const number = typeof value === 'number' ? numberProblem(issue, value) : undefined;
	if (number) return [{ field, message: number }];
	const unreal = typeof value === 'string' ? unrealDate(value) : undefined;
	if (unreal) return [{ field, message: unreal }];
	const numberLike = typeof value === 'string' && /^[\d,._\s]+$/.test(value);
	if ((issue.code === 'invalid_type' && issue.expected === 'number') || (issue.code === 'invalid_union' && numberLike)) {
		return [{ field, message: `${JSON.stringify(value)} is not a number: write a plain number, like 12000 (no commas, underscores or words)` }];
	}
	if (issue.code === 'invalid_type' && issue.expected === 'string' && value !== null && typeof value !== 'object') {
		return [{ field, message: `is ${typeof value === 'number' ? 'a number' : `a ${typeof value}`}, not text: put it in quotes, like "${String(value)}"` }];
	}
	const shape = wrongShape(issue, value, noun);
	if (shape) return [{ field, message: shape }];
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => ({
				field: [field, key].filter(Boolean).join('.'),
				message: `is not a field here${didYouMean(key, knownKeys(schema, issue.path)) || '; remove it'} (content/README.md lists every field)`,
			}));
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const hint = didYouMean(String(value), allowed);
			// A schema that says more than the list of values (how old words map to new ones) keeps its own message.
			if (!hint && !issue.message.startsWith('Invalid option')) return [{ field, message: issue.message }];
			return [
				{
					field,
					message: `${JSON.stringify(value)} is not a ${noun}${hint || `; use one of: ${allowed.join(', ')}`}`,
				},
			];
		}
		// zod's own wording ("Too small: …") is replaced; a schema's own message is kept.
		case 'too_small':
			if (!issue.message.startsWith('Too small')) return [{ field, message: issue.message }];
			if (issue.origin === 'string') return [{ field, message: Number(issue.minimum) <= 1 ? `is empty: fill in the ${noun}` : `is shorter than ${issue.minimum} characters` }];
			if (issue.origin === 'array') return [{ field, message: `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}` }];
			return [{ field, message: issue.message }];
		case 'too_big':
			if (!issue.message.startsWith('Too big')) return [{ field, message: issue.message }];
			if (issue.origin === 'string') return [{ field, message: `is longer than ${issue.maximum} characters: shorten it` }];
			return [{ field, message: issue.message }];
		default:
			return [{ field, message: issue.message }];
	}
}


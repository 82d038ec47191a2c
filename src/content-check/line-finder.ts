import { isMap, isSeq, type Document, type LineCounter } from 'yaml';

/** The file line of a front-matter field (or of its nearest existing parent), for a YAML text starting on `firstLine`. */
export function lineFinder(doc: Document, counter: LineCounter, firstLine: number) {
	return (fieldPath: readonly (string | number)[]) => {
		let node: unknown = doc.contents;
		let line = firstLine - 1;
		for (const key of fieldPath) {
			if (isMap(node)) {
				const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
				if (!pair) break;
				const keyRange = (pair.key as { range?: [number, number, number] }).range;
				if (keyRange) line = counter.linePos(keyRange[0]).line + firstLine - 1;
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
				node = node.items[key];
				const range = (node as { range?: [number, number, number] }).range;
				if (range) line = counter.linePos(range[0]).line + firstLine - 1;
			} else break;
		}
		return line;
	};
}

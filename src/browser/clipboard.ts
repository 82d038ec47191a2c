/**
 * Copies `text` and says `copied` in `status`. Where the clipboard is refused, `select` puts the
 * text in a selection for the reader to copy by hand, and `status` says how, naming `what`.
 */
export async function copyOrSelect(text: string, status: HTMLElement, copied: string, what: string, select: () => void) {
	try {
		await navigator.clipboard.writeText(text);
		status.textContent = copied;
	} catch {
		select();
		status.textContent = `Press Ctrl+C (or ⌘C) to copy the selected ${what}`;
	}
}

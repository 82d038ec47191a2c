import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs one of the project's scripts (`commands/<name>`) in `dir`, as `npm run` would; resolves with exit code and output. */
export async function runScript(dir: string, name: string, ...args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'commands', name), ...args], { cwd: dir });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

// `npm run check`: validates content/ (schemas and references) without building the site.
import { checkContent, hasErrors } from '../src/content-check/check-content.ts';
import { formatReport } from '../src/content-check/diagnostics.ts';

const started = performance.now();
const { diagnostics } = await checkContent(process.cwd());
console.log(formatReport(diagnostics));
console.log(`checked in ${Math.round(performance.now() - started)} ms`);
// exitCode, not exit(): exiting at once can cut the report short when it is piped (| cat, | less).
process.exitCode = hasErrors(diagnostics) ? 1 : 0;

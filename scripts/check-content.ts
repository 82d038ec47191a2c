// `npm run check`: validates content/ (schemas and references) without building the site.
import { checkContent, hasErrors } from '../src/utils/check-content.ts';
import { formatReport } from '../src/utils/diagnostics.ts';

const started = performance.now();
const { diagnostics } = await checkContent(process.cwd());
console.log(formatReport(diagnostics));
console.log(`checked in ${Math.round(performance.now() - started)} ms`);
process.exit(hasErrors(diagnostics) ? 1 : 0);

/** `npm run templates`: write templat/rapor.xlsx again from the CSV templates beside it (after changing them). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_WORKBOOK, templateWorkbook } from '../src/commands/workbook/template.ts';

const templat = join(import.meta.dirname, '..', 'templat');
writeFileSync(join(templat, TEMPLATE_WORKBOOK), templateWorkbook(templat));
console.log(`templat/${TEMPLATE_WORKBOOK}`);

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printedSchema, schemaFile } from '../schema/print.js';

await writeFile(schemaFile, printedSchema());
console.log(`Wrote ${fileURLToPath(schemaFile)}`);

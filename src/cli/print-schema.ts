import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { documentJsonSchema, documentJsonSchemaFile } from '../model/document.js';
import { printedSchema, schemaFile } from '../schema/print.js';

await writeFile(schemaFile, printedSchema());
console.log(`Wrote ${fileURLToPath(schemaFile)}`);
await writeFile(documentJsonSchemaFile, documentJsonSchema());
console.log(`Wrote ${fileURLToPath(documentJsonSchemaFile)}`);

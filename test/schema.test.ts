import { readFile } from 'node:fs/promises';
import { isInputObjectType, isInterfaceType, isObjectType, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { printedSchema, schemaFile } from '../src/schema/print.js';

describe('the schema', () => {
  it('is printed to schema/schema.graphql from the code (run `npm run schema:print` after a change)', async () => {
    expect(await readFile(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('describes every type, field, argument and enum value, for the docs pane', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const argument of field.args) {
            if (!argument.description) undocumented.push(`${type.name}.${field.name}(${argument.name})`);
          }
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type) && type.getValues().length > 0 && !type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
  });

  it('offers the contract names front ends rely on', () => {
    const types = schema.getTypeMap();
    for (const name of ['Node', 'Entity', 'Actor', 'Person', 'Organisation', 'Place', 'Statement', 'Source', 'Claim', 'Confirmation', 'Dispute', 'Blame', 'SourceQuote']) {
      expect(types[name], name).toBeDefined();
    }
    const query = schema.getQueryType()!.getFields();
    for (const name of ['node', 'nodes', 'people', 'organisations', 'places', 'statements', 'sources', 'search']) {
      expect(query[name], name).toBeDefined();
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const folders = ['src', 'bench', 'scripts', 'eval', 'test', 'web/src'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { encoding: 'utf8', recursive: true })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !name.split(path.sep).includes('node_modules'))
    .map((name) => path.join(folder, name));
}

/** Every relative import and export of a file, type-only ones too, as files of the project. */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
  return importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => path.relative(root, path.resolve(path.dirname(path.join(root, file)), fileName)).replace(/\.js$/, '.ts'))
    .filter((target) => known.has(target));
}

/** The strongly connected groups of more than one file (Tarjan's algorithm): each is one or more import cycles. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const order = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string) => {
    order.set(file, next);
    lowest.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!order.has(target)) {
        visit(target);
        lowest.set(file, Math.min(lowest.get(file)!, lowest.get(target)!));
      } else if (onStack.has(target)) lowest.set(file, Math.min(lowest.get(file)!, order.get(target)!));
    }
    if (lowest.get(file) !== order.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return groups;
}

/** A GraphQL type file: types that refer to each other (a person's memberships, a membership's person) import each other. */
const isTypeFile = (file: string) => /^src\/schema\/(nodes|relationships|views|attributions|subscriptions)\//.test(file.split(path.sep).join('/'));

describe('the import graph', () => {
  const files = folders.flatMap(sourceFiles);
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, importsOf(file, known)]));

  it('reads the imports of every file, and finds a cycle where there is one', () => {
    expect(graph.get(path.join('src', 'yoga.ts'))).toContain(path.join('src', 'schema', 'index.ts'));
    const looped = new Map([...graph, [path.join('src', 'model', 'kinds.ts'), [path.join('src', 'yoga.ts')]]]);
    expect(cycles(looped).some((group) => group.includes(path.join('src', 'model', 'kinds.ts')))).toBe(true);
  });

  it('has no cycle other than GraphQL types that refer to each other', () => {
    const accidental = cycles(graph).filter((group) => !group.every(isTypeFile));
    expect(accidental).toEqual([]);
  });
});

// The emulator and the simulator stand in for Microsoft 365 and Outlook. If they ran the product's own
// code (its time zones, its recurrence), a bug there would sit on both sides of every integration test
// and none could see it. They may share the product's types, nothing else.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');
const PRODUCT = join(ROOT, 'src');
const DOUBLES = ['dev/emulator', 'dev/simulator'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // Tests of a double may exercise anything; only the double itself must stand alone.
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    const clause = node.exportClause;
    return (
      node.isTypeOnly || (!!clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly))
    );
  }
  const clause = node.importClause;
  if (!clause) return false; // import './x' runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** The product modules a file loads at run time: value imports, re-exports, import() and require(). */
function productValueImports(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !isTypeOnly(node)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      !node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      specifiers.push(node.moduleReference.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((specifier) => {
    if (!specifier.startsWith('.')) return false;
    const target = resolve(dirname(file), specifier);
    return target === PRODUCT || target.startsWith(PRODUCT + sep);
  });
}

describe('the test doubles import nothing from src/ but types', () => {
  const inEmulator = join(ROOT, 'dev/emulator/thing.ts');

  it.each([
    "import { toIanaZone } from '../../src/core/timeZones';",
    "import { type Room, toIanaZone } from '../../src/core/timeZones';",
    "import * as zones from '../../src/core/timeZones';",
    "import occurrences from '../../src/core/occurrences';",
    "import '../../src/config';",
    "export { toIanaZone } from '../../src/core/timeZones';",
    "const zones = require('../../src/core/timeZones');",
    "const zones = await import('../../src/core/timeZones');",
  ])('notices %s', (code) => {
    expect(productValueImports(inEmulator, code)).toHaveLength(1);
  });

  it.each([
    "import type { AppConfig } from '../../src/config';",
    "import { type Room, type Booking } from '../../src/core/model';",
    "export type { Room } from '../../src/core/model';",
    "import { DateTime } from 'luxon';",
    "import { seededBusy } from './tenant';",
  ])('allows %s', (code) => {
    expect(productValueImports(inEmulator, code)).toEqual([]);
  });

  it.each(DOUBLES)('%s loads no product module', (dir) => {
    const files = sourceFiles(join(ROOT, dir));
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) =>
      productValueImports(file, readFileSync(file, 'utf8')).map((s) => `${relative(ROOT, file)}: ${s}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('eslint says the same while the code is written', () => {
  jest.setTimeout(60_000);
  const lint = (file: string, code: string) =>
    spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file],
      { cwd: ROOT, input: code, encoding: 'utf8' },
    ).stdout;

  it('refuses a value import from src/', () => {
    const code = "import { toIanaZone } from '../../src/core/timeZones';\nexport const f = toIanaZone;\n";
    expect(lint('dev/emulator/thing.ts', code)).toMatch(/import nothing from src\/ but types/);
  });

  it('lets types through', () => {
    const code = "import type { AppConfig } from '../../src/config';\nexport type Config = AppConfig;\n";
    expect(lint('dev/simulator/thing.ts', code)).not.toMatch(/no-restricted-imports/);
  });
});

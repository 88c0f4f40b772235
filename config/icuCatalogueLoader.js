// @ts-check
// A webpack loader for the message catalogues (src/taskpane/i18n/en-US.ts, de-DE.ts): every message,
// ICU MessageFormat in the source, becomes its parsed form (intl-messageformat's AST) at build time.
// The pane then ships intl-messageformat's formatter without the parser (webpack resolves the parser
// to its no-parser entry): about 7 KB gzipped less, and a malformed message fails the build.
// Tests run the catalogues as written; intl-messageformat parses them there.
const ts = require('typescript');

/**
 * @this {import('webpack').LoaderContext<unknown>}
 * @param {string} source
 */
module.exports = function icuCatalogueLoader(source) {
  // The parser ships only as an ES module: Node (20.19 and later, as package.json requires) loads it
  // with require(); jest, where the demo's browser tests build, transpiles it (jest.config.js). A
  // dynamic import() would fail inside jest's module sandbox.
  const { parse } = require('@formatjs/icu-messageformat-parser');
  const sourceFile = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.Latest, true);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      edits.push({
        start: node.initializer.getStart(sourceFile),
        end: node.initializer.getEnd(),
        text: JSON.stringify(parse(node.initializer.text)),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let output = source;
  for (const edit of edits.reverse())
    output = `${output.slice(0, edit.start)}${edit.text}${output.slice(edit.end)}`;
  return output;
};

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
  const callback = this.async();
  const file = this.resourcePath;
  // The parser ships only as an ES module.
  import('@formatjs/icu-messageformat-parser').then(
    ({ parse }) => {
      const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
      /** @type {{ start: number, end: number, text: string }[]} */
      const edits = [];
      /** @param {import('typescript').Node} node */
      const visit = (node) => {
        if (
          ts.isPropertyAssignment(node) &&
          (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
        ) {
          const message = node.initializer.text;
          edits.push({
            start: node.initializer.getStart(sourceFile),
            end: node.initializer.getEnd(),
            text: JSON.stringify(parse(message)),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
      let output = source;
      for (const edit of edits.reverse())
        output = `${output.slice(0, edit.start)}${edit.text}${output.slice(edit.end)}`;
      callback(null, output);
    },
    (error) => callback(error),
  );
};

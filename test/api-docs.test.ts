import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every export of the public entry points has a TSDoc summary; every exported function and class
// also has an @example (STYLE.md: the API site shows how to call each one).
const program = ts.createProgram(["src/index.ts", "src/node/index.ts"], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();

function exportsOf(file: string) {
  const source = program.getSourceFile(file)!;
  const symbol = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(symbol).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const decl = target.declarations?.[0];
    const docs = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    const tags = target.getJsDocTags(checker).map((t) => t.name);
    const isCallable = decl !== undefined && (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl));
    return { name: s.getName(), docs, tags, isCallable };
  });
}

describe("API documentation", () => {
  for (const entry of ["src/index.ts", "src/node/index.ts"]) {
    const items = exportsOf(entry);
    it(`${entry}: every export has a summary`, () => {
      expect(items.length).toBeGreaterThan(entry === "src/index.ts" ? 200 : 3);
      expect(items.filter((i) => i.docs.length === 0).map((i) => i.name)).toEqual([]);
    });
    it(`${entry}: every exported function and class has an @example`, () => {
      expect(items.filter((i) => i.isCallable && !i.tags.includes("example")).map((i) => i.name)).toEqual([]);
    });
  }
});

// Roster sanity: names that are only white space, that hold control or bidi characters (NUL,
// ESC, U+202E), and an enrolment before the birth date are rejected with clear messages.
import { describe, expect, it } from "vitest";
import { type Issue, createSampleCentre, safeParseCentre } from "../src/index.js";

function issuesOf(change: (doc: Record<string, any>) => void): Issue[] {
  const doc = JSON.parse(JSON.stringify(createSampleCentre({ children: 2, seed: 3 }))) as Record<string, any>;
  change(doc);
  const r = safeParseCentre(doc);
  expect(r.success).toBe(false);
  return r.success ? [] : [...r.error.issues];
}

describe("names and dates of a child", () => {
  it.each([
    ["a NUL", "Ayu\u0000Lestari", "U+0000"],
    ["an escape sequence", "\u001b[2J\u001b[HOK", "U+001B"],
    ["a right-to-left override", "Ayu \u202eirtseL", "U+202E"],
    ["a C1 control", "Ayu\u0085", "U+0085"],
  ])("a name holding %s is rejected, naming the character", (_what, name, code) => {
    const issues = issuesOf((d) => {
      d.children[0].name = name;
    });
    expect(issues).toEqual([expect.objectContaining({ path: "children[0].name", code: "invalid_value" })]);
    expect(issues[0]!.message).toContain(code);
  });

  it("a name of only white space is rejected", () => {
    const issues = issuesOf((d) => {
      d.children[1].name = " \u00a0\t ";
    });
    expect(issues).toEqual([expect.objectContaining({ path: "children[1].name", code: "missing" })]);
    expect(issues[0]!.message).toMatch(/white space/);
  });

  it("nicknames and educators' names follow the same rule", () => {
    const issues = issuesOf((d) => {
      d.children[0].nickname = "Ayu\u001b]0;pwned\u0007";
      d.educators[0].name = "   ";
    });
    expect(issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ["children[0].nickname", "invalid_value"],
      ["educators[0].name", "missing"],
    ]);
  });

  it("an enrolment before the birth date is rejected", () => {
    const issues = issuesOf((d) => {
      d.children[0].enrolledOn = "2019-01-01";
      d.children[0].birthDate = "2021-03-04";
    });
    expect(issues).toEqual([expect.objectContaining({ path: "children[0].enrolledOn", code: "before_birth" })]);
    expect(issues[0]!.message).toBe("enrolledOn 2019-01-01 is before the birth date 2021-03-04");
  });

  it("ordinary names with accents, apostrophes and joiners stay valid", () => {
    const centre = createSampleCentre({ children: 2, seed: 3 });
    const doc = JSON.parse(JSON.stringify(centre)) as Record<string, any>;
    doc.children[0].name = "José Núñez-O'Brien";
    doc.children[1].name = "क्\u200Dष Putri";
    expect(safeParseCentre(doc).success).toBe(true);
  });
});

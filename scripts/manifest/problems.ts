import { lineOf } from "./xmlTree";

// Problem types and the collector shared by checkManifest.ts and the rule files; "xsd" problems
// come from Microsoft's schema (xsdValidation.ts).

/** Severity of a ManifestProblem: an error fails `npm run validate`, a warning does not. */
export type ProblemLevel = "error" | "warning";

/** Rule that produced a ManifestProblem (stable identifiers, handy in tests). */
export type ProblemCode =
  | "xml"
  | "root"
  | "id"
  | "version"
  | "locale"
  | "host"
  | "resid-unknown"
  | "resid-kind"
  | "resource-unused"
  | "resource-duplicate"
  | "resource-invalid"
  | "url-https"
  | "url-base"
  | "custom-functions"
  | "namespace"
  | "shared-runtime"
  | "string-length"
  | "override-missing"
  | "xsd";

/** One finding of checkManifest(). */
export interface ManifestProblem {
  /** "error" or "warning". */
  level: ProblemLevel;
  /** The rule that fired. */
  code: ProblemCode;
  /** French message saying what is wrong and where (element, resource id or URL). */
  message: string;
  /** 1-based line in the manifest text, when it could be located. */
  line?: number;
}

/** What this project's manifest must declare. */
export const MANIFEST_EXPECTATIONS = {
  /** Root `xsi:type`. */
  appType: "TaskPaneApp",
  /** `<DefaultLocale>`: French first. */
  defaultLocale: "fr-FR",
  /** Locale that every string resource (and DisplayName/Description) must override. */
  overrideLocale: "en-US",
  /** Custom functions namespace (functions are called `=ENT.XXX(...)`). */
  namespace: "ENT",
  /** Maximum lengths of bt:ShortStrings / bt:LongStrings values. */
  maxShortString: 125,
  maxLongString: 250,
} as const;

/** Collects problems; shared by checkManifest.ts and manifestRules.ts. */
export class ProblemList {
  /** Problems found so far, in discovery order. */
  readonly items: ManifestProblem[] = [];
  /** The manifest text, used to locate lines. */
  constructor(readonly source: string) {}
  /** Adds an error located at the first match of `near` (or at the given line). */
  error(code: ProblemCode, message: string, near?: string | RegExp | number): void {
    this.add("error", code, message, near);
  }
  /** Adds a warning located at the first match of `near` (or at the given line). */
  warn(code: ProblemCode, message: string, near?: string | RegExp | number): void {
    this.add("warning", code, message, near);
  }
  private add(
    level: ProblemLevel,
    code: ProblemCode,
    message: string,
    near?: string | RegExp | number
  ): void {
    const line =
      typeof near === "number" ? near : near === undefined ? undefined : lineOf(this.source, near);
    this.items.push(line === undefined ? { level, code, message } : { level, code, message, line });
  }
}

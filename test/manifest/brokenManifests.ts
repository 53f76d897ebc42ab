import { MANIFEST, mutate } from "./manifestFixture";

// The corpus of broken manifests: each a copy of the real manifest.xml with one small, named
// mutation that Microsoft's XSD rejects. The first fifteen are of the kinds issue 10 lists
// (elements out of order, IconUrl and HighResolutionIconUrl swapped, a Permissions value that
// does not exist, DisplayName or a resid too long, Supertip or LearnMoreUrl missing, the mail
// VersionOverrides namespace), all of which the project's own rules alone accept; the others are
// further mistakes worth keeping out. Not a test file itself: xsdValidation.test.ts runs it.

/** Where an error must be reported: the line of the first match in the broken copy. */
export type Needle = string | RegExp;

/** One broken copy of manifest.xml. */
export interface BrokenManifest {
  /** What is wrong, as the test name says it. */
  readonly name: string;
  /** The broken manifest text. */
  readonly xml: string;
  /** Each needle's line (in `xml`) must carry an error. */
  readonly at: readonly Needle[];
  /** Part of the message of the error at the first needle. */
  readonly says: string;
  /** The rule that reports it: libxml2's schema check, or its parser (malformed XML). */
  readonly code: "xsd" | "xml";
}

/** The real manifest with the first matches of `a` and `b` (a before b) exchanged. */
function swap(a: RegExp, b: RegExp): string {
  const first = a.exec(MANIFEST);
  const second = b.exec(MANIFEST);
  if (!first || !second || first.index + first[0].length > second.index)
    throw new Error(`cannot swap ${String(a)} and ${String(b)}`);
  const end = (m: RegExpExecArray): number => m.index + m[0].length;
  return (
    MANIFEST.slice(0, first.index) +
    second[0] +
    MANIFEST.slice(end(first), second.index) +
    first[0] +
    MANIFEST.slice(end(second))
  );
}

/** Builds a corpus entry; `code` defaults to "xsd". */
function broken(
  name: string,
  xml: string,
  at: Needle | Needle[],
  says: string,
  code: "xsd" | "xml" = "xsd"
): BrokenManifest {
  return { name, xml, at: Array.isArray(at) ? at : [at], says, code };
}

const LONG_RESID = "TaskpaneButton.Tooltip.Description"; // 34 characters, 32 at most
const NOT_EXPECTED = "This element is not expected.";

/** Every broken manifest, in the order of the report. */
export const BROKEN_MANIFESTS: readonly BrokenManifest[] = [
  // The kinds of issue 10.
  broken(
    "Version before Id",
    swap(/<Id>.*<\/Id>/, /<Version>.*<\/Version>/),
    "<Version>",
    `Version': ${NOT_EXPECTED} Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}Id )`
  ),
  broken(
    "IconUrl and HighResolutionIconUrl swapped",
    swap(/<IconUrl .*\/>/, /<HighResolutionIconUrl .*\/>/),
    "<IconUrl",
    `IconUrl': ${NOT_EXPECTED}`
  ),
  broken(
    "Permissions before DefaultSettings",
    swap(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, /<Permissions>.*<\/Permissions>/),
    "<Permissions>",
    `Permissions': ${NOT_EXPECTED}`
  ),
  broken(
    "SupportUrl after Hosts",
    swap(/<SupportUrl [\s\S]*?<\/SupportUrl>/, /<Hosts>[\s\S]*?<\/Hosts>/),
    "<SupportUrl",
    `SupportUrl': ${NOT_EXPECTED}`
  ),
  broken(
    "a Permissions value that does not exist (ReadWriteWorkbook)",
    mutate("<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteWorkbook<"),
    "<Permissions>",
    "[facet 'enumeration'] The value 'ReadWriteWorkbook' is not an element of the set"
  ),
  broken(
    "a mailbox Permissions value in a task pane add-in (ReadWriteMailbox)",
    mutate("<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteMailbox<"),
    "<Permissions>",
    "The value 'ReadWriteMailbox' is not an element of the set"
  ),
  broken(
    "DisplayName over 125 characters",
    mutate(
      '<DisplayName DefaultValue="Contributions ENT"',
      `<DisplayName DefaultValue="${"x".repeat(126)}"`
    ),
    "<DisplayName",
    "attribute 'DefaultValue': [facet 'maxLength']"
  ),
  broken(
    "the en-US DisplayName over 125 characters",
    mutate(
      /(<DisplayName[^>]*>\s*<Override Locale="en-US" Value=)"[^"]*"/,
      `$1"${"y".repeat(126)}"`
    ),
    `Value="${"y".repeat(126)}"`,
    "has a length of '126'; this exceeds the allowed maximum length of '125'"
  ),
  broken(
    "Description over 250 characters",
    mutate(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"z".repeat(251)}"`),
    "<Description",
    "has a length of '251'; this exceeds the allowed maximum length of '250'"
  ),
  broken(
    "a resid over 32 characters, in the reference and in the resource",
    mutate(/"TaskpaneButton\.Tooltip"/g, `"${LONG_RESID}"`),
    [`<Description resid="${LONG_RESID}"`, `<bt:String id="${LONG_RESID}"`],
    "attribute 'resid': [facet 'maxLength'] The value 'TaskpaneButton.Tooltip.Description' has a length of '34'"
  ),
  broken(
    "the button's Supertip missing",
    mutate(/<Supertip>[\s\S]*?<\/Supertip>\s*/, ""),
    /(?<=<Label resid="TaskpaneButton.Label"\/>\s*)<Icon>/,
    `Icon': ${NOT_EXPECTED} Expected is ( {http://schemas.microsoft.com/office/taskpaneappversionoverrides}Supertip )`
  ),
  broken(
    "the LearnMoreUrl of GetStarted missing",
    mutate(/<LearnMoreUrl [^>]*\/>\s*/, ""),
    "<GetStarted>",
    "GetStarted': Missing child element(s). Expected is ( {http://schemas.microsoft.com/office/taskpaneappversionoverrides}LearnMoreUrl )"
  ),
  broken(
    "VersionOverrides in the mail add-ins' namespace",
    mutate(
      'VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides"',
      'VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides"'
    ),
    "<VersionOverrides",
    `{http://schemas.microsoft.com/office/mailappversionoverrides}VersionOverrides': ${NOT_EXPECTED}`
  ),
  broken(
    "the button's Icon before its Supertip",
    swap(/<Supertip>[\s\S]*?<\/Supertip>/, /(?<=<\/Supertip>\s*)<Icon>[\s\S]*?<\/Icon>/),
    /(?<=<Label resid="TaskpaneButton.Label"\/>\s*)<Icon>/,
    `Icon': ${NOT_EXPECTED}`
  ),
  broken(
    "Runtimes after AllFormFactors",
    swap(/<Runtimes>[\s\S]*?<\/Runtimes>/, /<AllFormFactors>[\s\S]*?<\/AllFormFactors>/),
    "<Runtimes>",
    `Runtimes': ${NOT_EXPECTED}`
  ),

  // Further mistakes: order of the VersionOverrides parts.
  broken(
    "Resources before Hosts in VersionOverrides",
    swap(/<Hosts>\s*<Host xsi:type[\s\S]*?<\/Hosts>/, /<Resources>[\s\S]*?<\/Resources>/),
    /<Hosts>\s*<Host xsi:type/,
    `Hosts': ${NOT_EXPECTED}`
  ),
  broken(
    "bt:Urls before bt:Images",
    swap(/<bt:Images>[\s\S]*?<\/bt:Images>/, /<bt:Urls>[\s\S]*?<\/bt:Urls>/),
    "<bt:Images>",
    `Images': ${NOT_EXPECTED}`
  ),
  broken(
    "FunctionFile before GetStarted",
    swap(/<GetStarted>[\s\S]*?<\/GetStarted>/, /<FunctionFile [^>]*\/>/),
    "<GetStarted>",
    `GetStarted': ${NOT_EXPECTED}`
  ),
  broken(
    "TaskpaneId after SourceLocation in the Action",
    swap(/<TaskpaneId>.*<\/TaskpaneId>/, /(?<=<\/TaskpaneId>\s*)<SourceLocation [^>]*\/>/),
    "<TaskpaneId>",
    `TaskpaneId': ${NOT_EXPECTED}`
  ),

  // Values the XSD restricts.
  broken(
    "a Runtime lifetime other than short or long",
    mutate('lifetime="long"', 'lifetime="forever"'),
    "<Runtime ",
    "The value 'forever' is not an element of the set {'short', 'long'}"
  ),
  broken(
    "a control type that does not exist (Buton)",
    mutate('<Control xsi:type="Button"', '<Control xsi:type="Buton"'),
    "<Control ",
    "Buton' of the xsi:type attribute does not resolve to a type definition"
  ),
  broken(
    "a VersionOverrides version that does not exist (VersionOverridesV2_0)",
    mutate('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV2_0"'),
    "<VersionOverrides",
    "VersionOverridesV2_0' of the xsi:type attribute does not resolve to a type definition"
  ),
  broken(
    "a requirement set MinVersion that is not a version",
    mutate('MinVersion="1.1"/>', 'MinVersion="1"/>'),
    '<Set Name="SharedRuntime"',
    "[facet 'pattern'] The value '1' is not accepted by the pattern"
  ),
  broken(
    "an Id that is not a GUID",
    mutate(/<Id>[^<]*<\/Id>/, "<Id>mon-complement</Id>"),
    "<Id>",
    "The value 'mon-complement' is not accepted by the pattern"
  ),
  broken(
    "a DefaultLocale that is not a culture name",
    mutate("<DefaultLocale>fr-FR<", "<DefaultLocale>français<"),
    "<DefaultLocale>",
    "The value 'français' is not accepted by the pattern"
  ),
  broken(
    "a Group id over 125 characters",
    mutate('<Group id="EntGroup">', `<Group id="${"G".repeat(126)}">`),
    "<Group ",
    "attribute 'id': [facet 'maxLength']"
  ),
  broken(
    "the Namespace resid over 32 characters",
    mutate(/"Functions\.Namespace"/g, '"Functions.CustomFunctions.Namespace"'),
    ["<Namespace ", '<bt:String id="Functions.CustomFunctions.Namespace"'],
    "Namespace', attribute 'resid': [facet 'maxLength']"
  ),
  broken(
    "an empty SupportUrl",
    mutate(
      '<SupportUrl DefaultValue="https://localhost:3000/help.html"',
      '<SupportUrl DefaultValue=""'
    ),
    "<SupportUrl",
    "this underruns the allowed minimum length of '1'"
  ),
  broken(
    "an empty string resource",
    mutate(
      '<bt:String id="EntGroup.Label" DefaultValue="ENT">',
      '<bt:String id="EntGroup.Label" DefaultValue="">'
    ),
    '<bt:String id="EntGroup.Label"',
    "this underruns the allowed minimum length of '1'"
  ),
  broken(
    "an Override without its Locale",
    mutate(
      '<Override Locale="en-US" Value="ENT contributions"/>',
      '<Override Value="ENT contributions"/>'
    ),
    '<Override Value="ENT contributions"/>',
    "The attribute 'Locale' is required but missing."
  ),

  // Missing, repeated or unknown elements.
  broken(
    "ProviderName missing",
    mutate(/<ProviderName>[^<]*<\/ProviderName>\s*/, ""),
    "<DefaultLocale>",
    `DefaultLocale': ${NOT_EXPECTED} Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}ProviderName )`
  ),
  broken(
    "the Title of GetStarted missing",
    mutate(/<Title resid="GetStarted.Title"\/>\s*/, ""),
    '<Description resid="GetStarted.Description"',
    `Description': ${NOT_EXPECTED}`
  ),
  broken(
    "the button's Label missing",
    mutate(/(<Control [^>]*>)\s*<Label [^>]*\/>/, "$1"),
    /(?<=<Control [^>]*>\s*)<Supertip>/,
    `Supertip': ${NOT_EXPECTED}`
  ),
  broken(
    "DefaultSettings without its SourceLocation",
    mutate(
      /<DefaultSettings>[\s\S]*?<\/DefaultSettings>/,
      "<DefaultSettings>\n  </DefaultSettings>"
    ),
    "<DefaultSettings>",
    "DefaultSettings': Missing child element(s)."
  ),
  broken(
    "Sets without any Set",
    mutate(/(<Sets [^>]*>)[\s\S]*?(<\/Sets>)/, "$1\n    $2"),
    "<Sets ",
    "Sets': Missing child element(s)."
  ),
  broken(
    "Permissions twice",
    mutate(/(<Permissions>.*<\/Permissions>)/, "$1\n  <Permissions>ReadDocument</Permissions>"),
    "<Permissions>ReadDocument",
    `Permissions': ${NOT_EXPECTED}`
  ),
  broken(
    "an element that does not exist (HelpUrl)",
    mutate(
      "<SupportUrl ",
      '<HelpUrl DefaultValue="https://localhost:3000/help.html"/>\n  <SupportUrl '
    ),
    "<HelpUrl",
    `HelpUrl': ${NOT_EXPECTED}`
  ),
  broken(
    "an element name in the wrong case (permissions)",
    mutate(/<Permissions>(.*)<\/Permissions>/, "<permissions>$1</permissions>"),
    "<permissions>",
    `permissions': ${NOT_EXPECTED}`
  ),
  broken(
    "an ExecuteFunction action that has a TaskpaneId instead of a FunctionName",
    mutate('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">'),
    "<TaskpaneId>",
    `TaskpaneId': ${NOT_EXPECTED} Expected is ( {http://schemas.microsoft.com/office/taskpaneappversionoverrides}FunctionName )`
  ),
  broken(
    "the OfficeApp 1.0 namespace",
    mutate(
      'xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"',
      'xmlns="http://schemas.microsoft.com/office/appforoffice/1.0"'
    ),
    'xsi:type="TaskPaneApp">',
    "No matching global declaration available for the validation root."
  ),

  // Well-formedness that fast-xml-parser lets through and libxml2 does not.
  broken(
    "an HTML entity (&nbsp;) that XML does not define",
    mutate('Value="ENT contributions"/>', 'Value="ENT&nbsp;contributions"/>'),
    "&nbsp;",
    "XML mal formé (libxml2) : Entity 'nbsp' not defined",
    "xml"
  ),
  broken(
    "an undeclared namespace prefix",
    mutate("<Permissions>", "<o:Permissions>").replace("</Permissions>", "</o:Permissions>"),
    "<o:Permissions>",
    "XML mal formé (libxml2) : Namespace prefix o on Permissions is not defined",
    "xml"
  ),
];

import type { Resource } from "./resourceRules";
import { MANIFEST_EXPECTATIONS, type ProblemList } from "./problems";
import { attr, attrNeedle, descend, first, type XmlNode } from "./xmlTree";

// Rules on the custom-functions extension point and the shared runtime (see Microsoft's
// "Configure your Office Add-in to use a shared runtime": the Runtime, the custom functions
// Page, the FunctionFile and the task pane must all use the same resid).

const EP = '<ExtensionPoint xsi:type="CustomFunctions">';

/** CustomFunctions extension point (Script, Page, Metadata, Namespace "ENT") and shared runtime. */
export function checkCustomFunctions(
  root: XmlNode,
  resources: Map<string, Resource>,
  problems: ProblemList
): void {
  const host = descend(root, "VersionOverrides/Hosts/Host").find(
    (h) => attr(h, "type") === "Workbook"
  );
  if (!host) {
    problems.error(
      "host",
      '<VersionOverrides><Hosts> ne contient pas de <Host xsi:type="Workbook">.',
      "<VersionOverrides"
    );
    return;
  }
  const ep = descend(host, "AllFormFactors/ExtensionPoint").find(
    (e) => attr(e, "type") === "CustomFunctions"
  );
  let pageResid: string | undefined;
  if (!ep) {
    problems.error(
      "custom-functions",
      `${EP} est absent de <Host xsi:type="Workbook"><AllFormFactors> : les fonctions ENT.* ne seraient pas enregistrées.`,
      '<Host xsi:type="Workbook"'
    );
  } else {
    for (const part of ["Script", "Page", "Metadata"]) {
      const resid = attr(first(ep, `${part}/SourceLocation`), "resid");
      if (!resid)
        problems.error(
          "custom-functions",
          `${EP} : <${part}><SourceLocation resid="…"/> est absent.`,
          EP
        );
      if (part === "Page") pageResid = resid;
    }
    checkNamespace(attr(first(ep, "Namespace"), "resid"), resources, problems);
  }
  checkSharedRuntime(root, host, pageResid, problems);
}

/** The Namespace resid designates a string whose every value is "ENT". */
function checkNamespace(
  resid: string | undefined,
  resources: Map<string, Resource>,
  problems: ProblemList
): void {
  const expected = MANIFEST_EXPECTATIONS.namespace;
  if (!resid) {
    problems.error("custom-functions", `${EP} : <Namespace resid="…"/> est absent.`, EP);
    return;
  }
  const resource = resources.get(resid);
  if (!resource) return; // already reported as an unknown resid
  const values = [{ locale: "par défaut", value: resource.value }, ...resource.overrides];
  for (const { locale, value } of values) {
    if (value !== expected) {
      problems.error(
        "namespace",
        `L'espace de noms des fonctions (<Namespace resid="${resid}">, ${locale}) vaut « ${value} » au lieu de « ${expected} ».`,
        attrNeedle("id", resid)
      );
    }
  }
}

/** SharedRuntime requirement set, and a long-lived Runtime shared by Page, FunctionFile and task pane. */
function checkSharedRuntime(
  root: XmlNode,
  host: XmlNode,
  pageResid: string | undefined,
  problems: ProblemList
): void {
  const set = descend(root, "Requirements/Sets/Set").find(
    (s) => attr(s, "Name") === "SharedRuntime"
  );
  if (!set) {
    problems.error(
      "shared-runtime",
      '<Requirements><Sets> ne déclare pas <Set Name="SharedRuntime" MinVersion="1.1"/> : le runtime partagé est requis.',
      "<Requirements"
    );
  } else if (!attr(set, "MinVersion")) {
    problems.error(
      "shared-runtime",
      "<Set Name=\"SharedRuntime\"> n'a pas d'attribut MinVersion (1.1).",
      'Name="SharedRuntime"'
    );
  }
  const runtimes = descend(host, "Runtimes/Runtime");
  const runtime = runtimes.find((r) => attr(r, "lifetime") === "long");
  if (!runtime) {
    const found = runtimes[0];
    const detail = found
      ? `le <Runtime> a lifetime="${attr(found, "lifetime") ?? ""}" au lieu de "long"`
      : "aucun <Runtime>";
    problems.error(
      "shared-runtime",
      `<Host xsi:type="Workbook"><Runtimes> : ${detail} ; il faut <Runtime resid="…" lifetime="long"/>.`,
      found ? "<Runtime " : '<Host xsi:type="Workbook"'
    );
    return;
  }
  const runtimeResid = attr(runtime, "resid") ?? "";
  const sharers: [where: string, resid: string | undefined, near: RegExp][] = [
    [`${EP}<Page><SourceLocation>`, pageResid, /<Page>\s*<SourceLocation/],
    [
      "<FunctionFile>",
      attr(first(host, "DesktopFormFactor/FunctionFile"), "resid"),
      /<FunctionFile\b/,
    ],
  ];
  for (const action of descend(
    host,
    "DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Action"
  )) {
    if (attr(action, "type") === "ShowTaskpane") {
      const resid = attr(first(action, "SourceLocation"), "resid");
      sharers.push([
        '<Action xsi:type="ShowTaskpane"><SourceLocation>',
        resid,
        /xsi:type="ShowTaskpane"/,
      ]);
    }
  }
  for (const [where, resid, near] of sharers) {
    if (resid !== undefined && resid !== runtimeResid) {
      problems.error(
        "shared-runtime",
        `${where} utilise resid="${resid}" alors que le runtime partagé utilise <Runtime resid="${runtimeResid}"> : ils doivent être identiques, sinon le runtime partagé ne se charge pas.`,
        near
      );
    }
  }
}

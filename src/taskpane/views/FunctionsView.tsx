import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CatalogFunction } from "../functionCatalog";
import type { PaneStrings } from "../strings";
import { messageOf } from "./messageOf";

/** Props of the function list. */
export type FunctionsViewProps = {
  /** Loads the list of functions (functions.json in the user's language). */
  loadCatalog: () => Promise<CatalogFunction[]>;
  strings: PaneStrings;
};

const useStyles = makeStyles({
  syntax: { fontFamily: tokens.fontFamilyMonospace },
  parameters: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type CatalogState =
  | { status: "loading" }
  | { status: "ready"; functions: CatalogFunction[] }
  | { status: "failed"; reason: string };

function syntaxOf(fn: CatalogFunction): string {
  const args = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
  return `=ENT.${fn.name}(${args})`;
}

/**
 * The ENT functions with their arguments, read from the same metadata Excel uses.
 *
 * @param props - the catalog loader and the pane's texts
 * @returns the list
 * @example
 * <FunctionsView loadCatalog={load} strings={stringsFor("fr-FR")} />
 */
export function FunctionsView({ loadCatalog, strings }: FunctionsViewProps) {
  const styles = useStyles();
  const [catalog, setCatalog] = useState<CatalogState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    loadCatalog().then(
      (functions) => current && setCatalog({ status: "ready", functions }),
      (error: unknown) =>
        current &&
        setCatalog({
          status: "failed",
          reason: messageOf(error),
        })
    );
    return () => {
      current = false;
    };
  }, [loadCatalog]);

  if (catalog.status === "loading") return <Spinner size="tiny" label={strings.loading} />;
  if (catalog.status === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {strings.loadError} : {catalog.reason}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Accordion multiple collapsible>
      {catalog.functions.map((fn) => (
        <AccordionItem key={fn.name} value={fn.name}>
          <AccordionHeader as="h2">ENT.{fn.name}</AccordionHeader>
          <AccordionPanel>
            <Body1 block className={styles.syntax}>
              {syntaxOf(fn)}
            </Body1>
            <Body1 block>{fn.description}</Body1>
            <Caption1 block>{strings.parameters}</Caption1>
            <ul className={styles.parameters}>
              {fn.parameters.map((p) => (
                <li key={p.name}>
                  <Caption1>
                    <strong>{p.name}</strong>
                    {p.optional ? ` (${strings.optional})` : ""} : {p.description}
                  </Caption1>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title2,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CatalogFunction } from "./functionCatalog";
import type { HostInfo } from "./officeReady";
import { stringsFor } from "./strings";

/** Props of the pane. */
export type AppProps = {
  /** The host the page runs in, and the display language. */
  host: HostInfo;
  /** Loads the list of functions (functions.json in the user's language). */
  loadCatalog: () => Promise<CatalogFunction[]>;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
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
 * The task pane: what the add-in does and the list of ENT functions with their arguments,
 * read from the same metadata Excel uses.
 *
 * @param props - host information and the catalog loader
 * @returns the pane
 * @example
 * <App host={{ host: "Excel", language: "fr-FR" }} loadCatalog={loadFromServer} />
 */
export function App({ host, loadCatalog }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(host.language);
  const [catalog, setCatalog] = useState<CatalogState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    loadCatalog().then(
      (functions) => current && setCatalog({ status: "ready", functions }),
      (error: unknown) =>
        current &&
        setCatalog({
          status: "failed",
          reason: error instanceof Error ? error.message : String(error),
        })
    );
    return () => {
      current = false;
    };
  }, [loadCatalog]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">{strings.title}</Title2>
        <Body1>{strings.intro}</Body1>
        <MessageBar intent={host.host ? "success" : "info"}>
          <MessageBarBody>{host.host ? strings.inExcel : strings.outsideExcel}</MessageBarBody>
        </MessageBar>
        <Subtitle2 as="h2">{strings.functionsHeading}</Subtitle2>
        {catalog.status === "loading" && <Spinner size="tiny" label={strings.loading} />}
        {catalog.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {strings.loadError} : {catalog.reason}
            </MessageBarBody>
          </MessageBar>
        )}
        {catalog.status === "ready" && (
          <Accordion multiple collapsible>
            {catalog.functions.map((fn) => (
              <AccordionItem key={fn.name} value={fn.name}>
                <AccordionHeader as="h3">ENT.{fn.name}</AccordionHeader>
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
        )}
      </main>
    </FluentProvider>
  );
}

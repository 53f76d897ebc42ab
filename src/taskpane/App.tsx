import {
  Body1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import type { WorkbookGateway } from "../workbook/WorkbookGateway";
import type { CatalogFunction } from "./functionCatalog";
import { LazySittingView, LazyStatementsView } from "./lazyViews";
import type { HostInfo } from "./officeReady";
import { requirementLabel } from "./requirements";
import { stringsFor } from "./strings";
import { fluentThemeFor, isDarkColor } from "./theme";
import { ViewBoundary } from "./ViewBoundary";
import { FunctionsView } from "./views/FunctionsView";
import { useNarrowPane } from "./views/useNarrowPane";

/** Props of the pane. */
export type AppProps = {
  /** The host the page runs in, the display language and the Office theme. */
  host: HostInfo;
  /** Loads the list of functions (functions.json in the user's language). */
  loadCatalog: () => Promise<CatalogFunction[]>;
  /** The workbook, or null outside Excel. */
  workbook: WorkbookGateway | null;
  /** Today, ISO (yyyy-mm-dd): the default exercise and date of issue. */
  today: string;
  /**
   * Follows the Office theme while the pane is open: calls its argument with each new background
   * colour, returns how to stop (followOfficeTheme in Office). Without it the theme stays.
   */
  followTheme?: (onChange: (background: string) => void) => () => void;
};

/** The pane's views. */
type View = "statements" | "sitting" | "functions";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // Three tabs on one line from 320 px (short words in a narrow pane); a narrower page wraps them.
  tabs: { flexWrap: "wrap" },
});

/**
 * The task pane: the yearly statements, the comité sitting, and the list of ENT functions. It
 * follows the Office theme (also when the user changes it while the pane is open) and language;
 * on an Excel without a requirement set it uses, it says what will not work; outside Excel it
 * says so, and the statements work on an .xlsx file instead. The statements and sitting views are
 * downloaded when first shown.
 *
 * @param props - host information, catalog loader, workbook
 * @returns the pane
 * @example
 * <App host={host} loadCatalog={load} workbook={createOfficeWorkbook()} today="2025-03-01" />
 */
export function App({ host, loadCatalog, workbook, today, followTheme }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(host.language);
  const [view, setView] = useState<View>(workbook ? "statements" : "functions");
  const [background, setBackground] = useState<string | null>(host.themeBackground);
  useEffect(() => followTheme?.(setBackground), [followTheme]);
  const missing = host.missingRequirements;
  const narrow = useNarrowPane();
  // "Contribution statements" and "Comité sitting" in full make the tab bar about 408 px wide.
  const tab = (full: string, short: string) =>
    narrow ? { "aria-label": full, children: short } : { children: full };

  return (
    <FluentProvider theme={fluentThemeFor(background)}>
      <main
        className={styles.root}
        data-theme={background !== null && isDarkColor(background) ? "dark" : "light"}
      >
        <Title2 as="h1">{strings.title}</Title2>
        <Body1>{strings.intro}</Body1>
        <MessageBar intent={host.host ? "success" : "info"}>
          <MessageBarBody>{host.host ? strings.inExcel : strings.outsideExcel}</MessageBarBody>
        </MessageBar>
        {missing.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.requirementsTitle}</MessageBarTitle>
              <ul>
                {missing.map((set) => (
                  <li key={set.name}>
                    {requirementLabel(set)}
                    {strings.locale === "fr" ? " : " : ": "}
                    {strings.requirementUses[set.name]}
                  </li>
                ))}
              </ul>
              {strings.requirementsAdvice}
            </MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as View)}
        >
          <Tab value="statements" {...tab(strings.statementsTab, strings.shortTabs.statements)} />
          <Tab value="sitting" {...tab(strings.sittingTab, strings.shortTabs.sitting)} />
          <Tab value="functions">{strings.functionsHeading}</Tab>
        </TabList>
        <ViewBoundary key={view} failure={strings.viewError}>
          <Suspense fallback={<Spinner size="tiny" label={strings.loadingView} />}>
            {view === "functions" && <FunctionsView loadCatalog={loadCatalog} strings={strings} />}
            {view === "statements" && (
              <LazyStatementsView workbook={workbook} strings={strings} today={today} />
            )}
            {view === "sitting" && (
              <LazySittingView workbook={workbook} strings={strings} today={today} />
            )}
          </Suspense>
        </ViewBoundary>
      </main>
    </FluentProvider>
  );
}

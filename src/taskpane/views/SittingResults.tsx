import {
  Badge,
  Body1,
  Caption1,
  Link,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { SittingReport } from "../../domain/governance/evaluateSitting";
import type { SittingStrings } from "./sittingStrings";

/** Something in the table the user can jump to: a message and where it points. */
export type SittingPointer = {
  key: string;
  message: string;
  select: () => void;
};

/** Props of the sitting's results. */
export type SittingResultsProps = {
  report: SittingReport;
  strings: SittingStrings;
  /** The proxy problems, each selecting the giver's "Pouvoir à" cell. */
  proxyProblems: readonly SittingPointer[];
  /** The votes written but not counted, each selecting its "Vote" cell. */
  ignoredVotes: readonly SittingPointer[];
};

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  verdict: { alignSelf: "flex-start" },
  withoutQuorum: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Subtitle2 as="h3" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

function Pointers({ items }: { items: readonly SittingPointer[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.key}>
          <Link as="button" onClick={item.select}>
            {item.message}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function RuleAndSource({
  rule,
  source,
  strings,
}: {
  rule: string;
  source: string;
  strings: SittingStrings;
}) {
  return (
    <>
      <Caption1 block>
        {strings.rule} : {rule}
      </Caption1>
      <Caption1 block>
        {strings.source} : {source}
      </Caption1>
    </>
  );
}

const DEPARTEMENT_NAMES = { nord: "Nord", "pas-de-calais": "Pas-de-Calais" } as const;

/**
 * A sitting judged: the proxies (each problem selects its cell), the quorum, the votes (weighted
 * for an adhesion) and the outcome, each with its rule and source. Each part is a region named by
 * its heading.
 *
 * @param props - the report, the texts, the proxy problems and ignored votes to point at
 * @returns the results
 * @example
 * <SittingResults report={report} strings={texts} proxyProblems={[]} ignoredVotes={[]} />
 */
export function SittingResults({
  report,
  strings,
  proxyProblems,
  ignoredVotes,
}: SittingResultsProps) {
  const styles = useStyles();
  const { quorum, votes, majority } = report;
  const outcomeColor =
    majority.outcome === "adopted"
      ? "success"
      : majority.outcome === "rejected"
        ? "danger"
        : "warning";
  return (
    <div className={styles.results}>
      <Section title={strings.proxiesHeading}>
        {proxyProblems.length === 0 ? (
          <Body1>{strings.proxiesOk}</Body1>
        ) : (
          <Pointers items={proxyProblems} />
        )}
      </Section>
      <Section title={strings.quorumHeading}>
        <Badge
          className={styles.verdict}
          appearance="tint"
          color={quorum.reached ? "success" : "danger"}
        >
          {quorum.reached ? strings.quorumReached : strings.quorumNotReached}
        </Badge>
        <Body1 block>{strings.attendance(quorum.present, quorum.represented)}</Body1>
        <Body1 block>
          {strings.quorumCount(quorum.counted, quorum.threshold, quorum.inOffice)}
        </Body1>
        <RuleAndSource rule={quorum.text} source={quorum.rule.source} strings={strings} />
      </Section>
      <Section title={strings.votesHeading}>
        <ul className={styles.list}>
          <li>
            <Body1>
              {strings.votesFor} : {votes.votesFor}
            </Body1>
          </li>
          <li>
            <Body1>
              {strings.votesAgainst} : {votes.votesAgainst}
            </Body1>
          </li>
          <li>
            <Body1>
              {strings.abstentions} : {votes.abstentions}
            </Body1>
          </li>
          <li>
            <Body1>
              {strings.cast} : {votes.cast}
            </Body1>
          </li>
        </ul>
        {votes.weightedDepartement !== null && (
          <Caption1 block>
            {strings.weighted(DEPARTEMENT_NAMES[votes.weightedDepartement])}
          </Caption1>
        )}
        {ignoredVotes.length > 0 && (
          <>
            <Caption1 block>{strings.ignoredHeading}</Caption1>
            <Pointers items={ignoredVotes} />
          </>
        )}
      </Section>
      <Section title={strings.outcomeHeading}>
        <Badge className={styles.verdict} appearance="tint" color={outcomeColor}>
          {strings.outcomes[majority.outcome]}
        </Badge>
        <Body1 block>{majority.explanation}</Body1>
        {!quorum.reached && (
          <Body1 block className={styles.withoutQuorum}>
            {strings.outcomeWithoutQuorum}
          </Body1>
        )}
        <RuleAndSource rule={majority.rule.text} source={majority.rule.source} strings={strings} />
      </Section>
    </div>
  );
}

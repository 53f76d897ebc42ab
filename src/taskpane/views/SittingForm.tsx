import { Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { SittingParameters } from "../../app/sittingWorkflow";
import type { Departement, PresidentVote, Subject } from "../../domain/governance/types";
import type { SittingStrings } from "./sittingStrings";

/** What the user typed about the sitting, as typed: the view turns it into SittingParameters. */
export type SittingFormValues = {
  /** ISO date from the date input; blank means today. */
  date: string;
  subject: Subject;
  /** Blank until chosen (adhesion only). */
  departement: Departement | "";
  title: string;
  /** Blank: the table's rows. */
  members: string;
  forcedRule: string;
  /** Undefined until chosen (tie only). */
  presidentVote: PresidentVote | undefined;
};

/** Props of the sitting's parameters. */
export type SittingFormProps = {
  values: SittingFormValues;
  onChange: (change: Partial<SittingFormValues>) => void;
  strings: SittingStrings;
  /** Rows of the attendance table, for the default of the members in office. */
  rows: number;
  /** Shows the president's casting vote: there is a tie under the absolute majority. */
  tie: boolean;
};

const SUBJECTS: readonly Subject[] = ["ordinary", "adhesion", "withdrawal", "statutes"];

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * Tells whether the members-in-office field holds something other than a whole number.
 *
 * @param members - the field as typed
 * @returns true when it is neither blank nor digits
 * @example
 * membersInvalid("22,5"); // true
 */
export function membersInvalid(members: string): boolean {
  return members.trim() !== "" && !/^\d+$/.test(members.trim());
}

/**
 * The sitting's parameters from the form: blank fields take their defaults (today, the table's
 * rows, the rule in force, a title for the subject).
 *
 * @param values - the form as typed
 * @returns the parameters, or null while the members in office are not a whole number
 * @example
 * sittingParametersOf({ ...values, members: "22" })?.membersInOffice; // 22
 */
export function sittingParametersOf(values: SittingFormValues): SittingParameters | null {
  if (membersInvalid(values.members)) return null;
  const members = values.members.trim();
  return {
    subject: values.subject,
    date: values.date,
    applicantDepartement: values.departement === "" ? undefined : values.departement,
    membersInOffice: members === "" ? undefined : Number(members),
    forcedQuorumRule: values.forcedRule,
    presidentVote: values.presidentVote,
    title: values.title,
  };
}

/**
 * The sitting's parameters: date, subject, applicant's Département (adhesion), title, members in
 * office, an imposed quorum rule and, on a tie, the president's vote.
 *
 * @param props - the values, the change handler, the texts, the rows and whether there is a tie
 * @returns the form
 * @example
 * <SittingForm values={values} onChange={update} strings={texts} rows={22} tie={false} />
 */
export function SittingForm({ values, onChange, strings, rows, tie }: SittingFormProps) {
  const styles = useStyles();
  const badMembers = membersInvalid(values.members);
  return (
    <div className={styles.form}>
      <Field label={strings.date} hint={strings.dateHint}>
        <Input
          type="date"
          value={values.date}
          onChange={(_, data) => onChange({ date: data.value })}
        />
      </Field>
      <Field label={strings.subject}>
        <RadioGroup
          value={values.subject}
          onChange={(_, data) => onChange({ subject: data.value as Subject })}
        >
          {SUBJECTS.map((subject) => (
            <Radio key={subject} value={subject} label={strings.subjects[subject]} />
          ))}
        </RadioGroup>
      </Field>
      {values.subject === "adhesion" && (
        <Field label={strings.departement} required>
          <RadioGroup
            value={values.departement}
            layout="horizontal"
            onChange={(_, data) => onChange({ departement: data.value as Departement })}
          >
            <Radio value="nord" label={strings.nord} />
            <Radio value="pas-de-calais" label={strings.pasDeCalais} />
          </RadioGroup>
        </Field>
      )}
      {tie && (
        <Field label={strings.presidentVote} required>
          <RadioGroup
            value={values.presidentVote ?? ""}
            layout="horizontal"
            onChange={(_, data) => onChange({ presidentVote: data.value as PresidentVote })}
          >
            <Radio value="for" label={strings.presidentFor} />
            <Radio value="against" label={strings.presidentAgainst} />
            <Radio value="none" label={strings.presidentNone} />
          </RadioGroup>
        </Field>
      )}
      <Field label={strings.title} hint={strings.titleHint}>
        <Input value={values.title} onChange={(_, data) => onChange({ title: data.value })} />
      </Field>
      <Field
        label={strings.membersInOffice}
        hint={strings.membersHint(rows)}
        validationState={badMembers ? "error" : "none"}
        validationMessage={badMembers ? strings.membersInvalid : undefined}
      >
        <Input
          inputMode="numeric"
          value={values.members}
          onChange={(_, data) => onChange({ members: data.value })}
        />
      </Field>
      <Field label={strings.forcedRule} hint={strings.forcedRuleHint}>
        <Input
          value={values.forcedRule}
          onChange={(_, data) => onChange({ forcedRule: data.value })}
        />
      </Field>
    </div>
  );
}

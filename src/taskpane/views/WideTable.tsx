import { makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Props of the wide table's frame. */
export type WideTableProps = {
  /** The table's name, also the scrolled region's. */
  label: string;
  /** A Fluent UI Table. */
  children: ReactNode;
};

const useStyles = makeStyles({
  frame: {
    overflowX: "auto",
    // Columns as wide as their content needs (Fluent lays tables out in equal, fixed columns, in
    // which a SIRET or a badge runs over its neighbour), the long texts wrapping. Below 600 px
    // the views show lists instead (useNarrowPane); a table scrolls sideways only when a pane a
    // little wider still cannot hold its shortest columns.
    "& .fui-Table": { tableLayout: "auto" },
  },
});

/**
 * Frames a table that may be wider than the pane: its columns fit their content and the frame
 * scrolls sideways if it must. The frame is a named, focusable region so that the keyboard can scroll it.
 *
 * @param props - the table and its name
 * @returns the framed table
 * @example
 * <WideTable label="Aperçu des appels"><Table aria-label="Aperçu des appels">…</Table></WideTable>
 */
export function WideTable({ label, children }: WideTableProps) {
  const styles = useStyles();
  return (
    // A region that scrolls must be reachable by the keyboard (WCAG 2.1.1), hence tabIndex.
    <div className={styles.frame} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

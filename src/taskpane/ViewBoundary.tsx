import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { messageOf } from "./views/messageOf";

/** Props of the view boundary. */
export type ViewBoundaryProps = {
  /** Said before the error's message, e.g. "Ce volet n'a pas pu être chargé". */
  failure: string;
  children: ReactNode;
};

type ViewBoundaryState = { message: string | null };

/**
 * Shows a view's failure in place of the view (a part of the pane that could not be downloaded,
 * or an error while rendering it) instead of leaving the whole pane blank.
 *
 * @example
 * <ViewBoundary failure={strings.viewError}><LazySittingView … /></ViewBoundary>
 */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { message: null };

  /**
   * Keeps the error's message for the next render.
   *
   * @param error - what the view threw
   * @returns the new state
   * @example
   * ViewBoundary.getDerivedStateFromError(new Error("Loading chunk failed")); // { message: "Loading chunk failed" }
   */
  static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { message: messageOf(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {this.props.failure} : {this.state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

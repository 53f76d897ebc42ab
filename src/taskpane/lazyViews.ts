import { lazy } from "react";

/**
 * The statements view, loaded the first time it is shown: with the register checks, the
 * statement engine and the tables it would otherwise weigh on the pane's first download.
 *
 * @example
 * <Suspense fallback={<Spinner />}><LazyStatementsView workbook={workbook} strings={strings} today={today} /></Suspense>
 */
export const LazyStatementsView = lazy(() =>
  import(/* webpackChunkName: "statements" */ "./views/StatementsView").then((module) => ({
    default: module.StatementsView,
  }))
);

/**
 * The comité sitting view, loaded the first time it is shown (governance rules and its form).
 *
 * @example
 * <Suspense fallback={<Spinner />}><LazySittingView workbook={workbook} strings={strings} today={today} /></Suspense>
 */
export const LazySittingView = lazy(() =>
  import(/* webpackChunkName: "sitting" */ "./views/SittingView").then((module) => ({
    default: module.SittingView,
  }))
);

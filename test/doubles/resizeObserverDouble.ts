/**
 * Test double of the browser's ResizeObserver, which jsdom lacks and Fluent UI's MessageBar
 * uses to reflow. It never reports a resize. Test-only: real browsers and Office have one.
 */
export class ResizeObserverDouble {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

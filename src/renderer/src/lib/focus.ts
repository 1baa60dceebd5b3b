/**
 * Moves focus to the page's main heading, so keyboard and screen-reader users land where the content
 * starts. Returns the heading, or null when there is none.
 */
export function focusHeading(root: ParentNode = document): HTMLElement | null {
  const heading = root.querySelector<HTMLElement>('main h1, h1');
  if (heading && document.activeElement !== heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }
  return heading;
}

// Bringing a row into sight inside its own scrolling box, without moving the page: on a phone the
// page scrolls too, and a list following the selection must not pull the graph out of sight.

/**
 * Scrolls `container` (and nothing around it) just enough to show `element`, clear of the
 * container's scroll padding (a sticky heading).
 */
export function scrollWithin(container: HTMLElement, element: Element): void {
  const style = getComputedStyle(container);
  const padTop = parseFloat(style.scrollPaddingTop) || 0;
  const padBottom = parseFloat(style.scrollPaddingBottom) || 0;
  const view = container.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (box.top < view.top + padTop) container.scrollTop += box.top - view.top - padTop;
  else if (box.bottom > view.bottom - padBottom) {
    container.scrollTop += box.bottom - view.bottom + padBottom;
  }
}

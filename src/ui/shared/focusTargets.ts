// Where keyboard focus goes when the panel holding it closes: back to the entity list, never
// lost to the page. On a phone or tablet the list is a tab away: the open tab keeps the place.
export function returnFocusToList(): void {
  const heading = document.getElementById('entity-list-heading');
  if (heading && heading.closest('[hidden]') === null) {
    heading.focus();
    return;
  }
  document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
}

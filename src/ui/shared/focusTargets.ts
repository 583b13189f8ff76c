// Where keyboard focus goes when the panel holding it closes: back to the entity list, never
// lost to the page.
export function returnFocusToList(): void {
  document.getElementById('entity-list-heading')?.focus();
}

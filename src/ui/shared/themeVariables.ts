// The legend and list use the canvas palette through CSS variables set via the CSSOM, which the
// strict CSP allows (unlike inline style attributes).
import { TYPE_APPEARANCE, type Theme } from '../../render/style/palette';

export function applyThemeVariables(
  theme: Theme,
  root: HTMLElement = document.documentElement,
): void {
  for (const [type, appearance] of Object.entries(TYPE_APPEARANCE)) {
    root.style.setProperty(`--type-${type}`, appearance[theme]);
  }
}

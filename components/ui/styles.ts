// Shared class names, so buttons and inputs look and focus the same everywhere. The class lists
// live in app/globals.css (components layer): they are repeated on every page.
export const buttonPrimary = "btn-primary";
export const buttonSecondary = "btn-secondary";
export const buttonSmall = "btn-small";
export const inputClass = "field";
export const linkClass = "link";
export const card = "card";
/** The confirming button of an irreversible step (cancel, decline). */
export const buttonDanger = "btn-danger";
/** A panel that opens in place of the buttons that opened it. */
export const panelClass = "panel";

// Shared class lists, so buttons and inputs look and focus the same everywhere.
export const buttonPrimary =
  "inline-flex items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60";
export const buttonSecondary =
  "inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-60";
export const buttonSmall =
  "inline-flex items-center justify-center rounded-md border border-brand-600 bg-white px-2.5 py-1 text-xs font-semibold text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60";
export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-600";
export const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline";
export const card = "rounded-lg border border-slate-200 bg-white shadow-sm";
/** The confirming button of an irreversible step (cancel, decline). */
export const buttonDanger =
  "inline-flex items-center justify-center gap-2 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60";
/** A panel that opens in place of the buttons that opened it. */
export const panelClass = "space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4 focus:outline-none";

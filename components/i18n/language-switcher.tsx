export type LanguageOption = { locale: string; name: string; href: string };

/**
 * Links to the same page in another language; each name is written in its own language. Plain
 * links, not client-side navigation: the document's `<html lang>` comes from the root layout,
 * which a client-side navigation would not render again.
 */
export function LanguageSwitcher({
  label,
  current,
  options,
}: {
  label: string;
  current: string;
  options: LanguageOption[];
}) {
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map((o) => (
          <li key={o.locale}>
            {o.locale === current ? (
              <span aria-current="true" lang={o.locale} className="font-semibold text-slate-900">
                {o.name}
              </span>
            ) : (
              <a
                href={o.href}
                lang={o.locale}
                hrefLang={o.locale}
                className="text-brand-700 underline-offset-2 hover:underline"
              >
                {o.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { NavLink } from "../portal/nav-link";

/** The settings pages as tabs; `label` names the navigation ("Settings"), tabs come translated. */
export function SettingsTabs({ tabs, label }: { tabs: { href: string; label: string }[]; label: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
      {tabs.map((t) => (
        <NavLink key={t.href} href={t.href} allHrefs={tabs.map((x) => x.href)}>
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}

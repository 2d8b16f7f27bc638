import { NavLink } from "../portal/nav-link";

export function SettingsTabs({ tabs }: { tabs: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Settings" className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
      {tabs.map((t) => (
        <NavLink key={t.href} href={t.href} allHrefs={tabs.map((x) => x.href)}>
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}

import Link from "next/link";
import { SignOutButton } from "../auth/sign-out-button";
import { NavLink } from "./nav-link";

export type NavItem = { href: string; label: string };

/** The portal's top bar: product name, sections, who is signed in and in which role. */
export function PortalHeader({
  items,
  userName,
  roleLabel,
  signOutAction,
  productName,
  navLabel,
}: {
  items: NavItem[];
  productName: string;
  navLabel: string;
  userName: string;
  roleLabel: string;
  signOutAction: () => Promise<void>;
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-6 py-3">
        <Link href="/references" className="flex items-center gap-2 font-bold text-slate-900">
          <span
            aria-hidden="true"
            className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-sm text-white"
          >
            PR
          </span>
          {productName}
        </Link>
        <nav aria-label={navLabel} className="flex flex-1 flex-wrap gap-1">
          {items.map((item) => (
            <NavLink key={item.href} href={item.href} allHrefs={items.map((i) => i.href)}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="flex items-center gap-3">
          <p className="text-right text-sm leading-tight">
            <Link
              href="/profile"
              className="block font-semibold text-slate-900 hover:underline"
              data-testid="user-name"
            >
              {userName}
            </Link>
            <span className="block text-slate-600">{roleLabel}</span>
          </p>
          <SignOutButton action={signOutAction} />
        </div>
      </div>
    </header>
  );
}

"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const within = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * A header link that marks the current section with aria-current: the most specific of the header's
 * links that contains the current page, so /references/new marks "Create…" and not "Reference List".
 */
export function NavLink({
  href,
  allHrefs,
  children,
}: {
  href: string;
  allHrefs: string[];
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const best = allHrefs.filter((h) => within(pathname, h)).sort((a, b) => b.length - a.length)[0];
  const current = best === href;
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-md px-3 py-2 text-sm font-medium ${
        current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      }`}
    >
      {children}
    </Link>
  );
}

import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { connection } from "next/server";
import { getPortalT } from "@/lib/i18n/request-locale";
import { documentLanguage } from "./document-language";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("common");
  const product = t("productName");
  return {
    title: { default: product, template: `%s · ${product}` },
    description: t("metaDescription"),
    // Files in public/: browsers that ignore the SVG ask for /favicon.ico themselves.
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-icon.png" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render per request: Next.js puts proxy.ts's per-request CSP nonce on its scripts only while
  // rendering; a page prerendered at build time would carry none and its scripts would be blocked.
  await connection();
  return (
    <html lang={await documentLanguage()} className={GeistSans.variable}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}

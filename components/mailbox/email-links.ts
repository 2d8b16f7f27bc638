// The links inside an email's HTML, so the development mailbox can offer them as real links.
const HREF = /<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi;

function decode(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

export function emailLinks(html: string): { href: string; text: string }[] {
  const seen = new Set<string>();
  const links: { href: string; text: string }[] = [];
  for (const match of html.matchAll(HREF)) {
    const href = decode(match[1] ?? "");
    if (!/^https?:\/\//.test(href) || seen.has(href)) continue;
    seen.add(href);
    const text =
      decode(
        (match[2] ?? "")
          .replace(/<[^>]+>/g, "")
          .replace(/\s+/g, " ")
          .trim(),
      ) || href;
    links.push({ href, text });
  }
  return links;
}

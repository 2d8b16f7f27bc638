// The pseudo-locale en-XA (demo mode only): English with every letter accented and each message
// bracketed, so a page shown in it reveals at a glance any text that bypassed the catalogues — and
// 30 % longer, as German and French run, so layouts that only fit English show it too.

const ACCENTED: Record<string, string> = {
  a: "á",
  b: "ƀ",
  c: "ç",
  d: "ð",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "í",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ó",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "ú",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "Á",
  B: "Ɓ",
  C: "Ç",
  D: "Ð",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Í",
  J: "Ĵ",
  K: "Ķ",
  L: "Ļ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ó",
  P: "Þ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Š",
  T: "Ţ",
  U: "Ú",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};

export const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);

/**
 * One ICU message in the pseudo-locale. Literal text sits at even brace depth (0, and inside the
 * branches of plural/select), arguments at odd depth; tags (<strong>) and '…' quoting are kept.
 */
export function pseudoMessage(message: string): string {
  let out = "";
  let depth = 0;
  let inTag = false;
  let letters = 0;
  for (const ch of message) {
    if (ch === "{") depth += 1;
    else if (ch === "}") depth -= 1;
    else if (ch === "<" && depth % 2 === 0) inTag = true;
    else if (ch === ">" && inTag) {
      inTag = false;
      out += ch;
      continue;
    }
    if (depth % 2 === 0 && !inTag && /[A-Za-z]/.test(ch)) {
      letters += 1;
      out += ACCENTED[ch] ?? ch;
    } else out += ch;
  }
  const padding = "~".repeat(Math.ceil(letters * 0.3));
  return `[${out}${padding ? ` ${padding}` : ""}]`;
}

type Tree = { [key: string]: string | Tree };

/** A whole catalogue in the pseudo-locale, keys unchanged. */
export function pseudoCatalogue<T>(tree: T): T {
  const walk = (node: Tree): Tree =>
    Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, typeof v === "string" ? pseudoMessage(v) : walk(v)]),
    );
  return walk(tree as unknown as Tree) as unknown as T;
}

import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// What a browser downloads before a page is interactive: the scripts and stylesheets its HTML
// names, read from the build output (raw and gzip sizes). Next 16's build no longer prints
// "First Load JS", so the benchmark reports it.

export interface PageWeight {
  path: string;
  files: number;
  js: number;
  jsGzip: number;
  css: number;
}

export async function pageWeight(url: string, path: string, cookie?: string): Promise<PageWeight> {
  const html = await (await fetch(`${url}${path}`, { headers: cookie ? { cookie } : {} })).text();
  // noModule polyfills are skipped by every current browser: not counted.
  const scripts = new Set(
    [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
      .filter((m) => !/nomodule/i.test(m[1]! + m[3]!))
      .map((m) => m[2]!),
  );
  const styles = new Set(
    [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!),
  );
  const read = (src: string) => {
    const file = `.next/${src.replace(/^\/_next\//, "").split("?")[0]}`;
    return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  };
  let js = 0;
  let jsGzip = 0;
  let css = 0;
  for (const src of scripts) {
    const b = read(src);
    js += b.length;
    jsGzip += gzipSync(b).length;
  }
  for (const href of styles) css += read(href).length;
  return { path, files: scripts.size + styles.size, js, jsGzip, css };
}

export function formatWeight(w: PageWeight): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return `${w.path.padEnd(28)} JS ${kb(w.js).padStart(7)} (${kb(w.jsGzip).padStart(6)} gzip)  CSS ${kb(w.css).padStart(6)}  ${w.files} files`;
}

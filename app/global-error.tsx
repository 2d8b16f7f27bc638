"use client";

/** Last resort when even the root layout fails: plain markup, no raw error. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          padding: "4rem 1.5rem",
          maxWidth: "32rem",
          margin: "0 auto",
        }}
      >
        <main>
          <h1>Something went wrong</h1>
          <p>We could not show this page just now. Please try again.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}

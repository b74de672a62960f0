/// The site's one stylesheet: readable from a 320 px phone to a wide desktop, light and dark, and
/// printable. No web fonts, no pictures of its own, nothing fetched from another host.
enum Stylesheet {
    static let css = """
        :root {
          color-scheme: light dark;
          --text: #1b1b1f;
          --muted: #4a4a55;
          --background: #ffffff;
          --accent: #0b4f9c;
          --accent-text: #ffffff;
          --rule: #d0d4dc;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #ececf1;
            --muted: #b9bcc7;
            --background: #15161a;
            --accent: #8cb8ff;
            --accent-text: #0d1220;
            --rule: #3a3d47;
          }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0;
          background: var(--background);
          color: var(--text);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          font-size: clamp(1rem, 0.95rem + 0.25vw, 1.125rem);
          line-height: 1.6;
        }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip-link {
          position: absolute;
          left: 0.5rem;
          top: -3rem;
          padding: 0.5rem 1rem;
          background: var(--accent);
          color: var(--accent-text);
          z-index: 1;
        }
        .skip-link:focus { top: 0.5rem; }
        .site-header, .site-nav, .languages, main, .site-footer {
          max-width: 70ch;
          margin: 0 auto;
          padding: 0 1.25rem;
        }
        .site-header { padding-top: 1.5rem; }
        .site-name { margin: 0; font-size: 1.25em; font-weight: 700; }
        .site-name a { color: inherit; text-decoration: none; }
        .site-office { margin: 0; color: var(--muted); }
        .election { margin: 0.25rem 0 0; font-weight: 600; color: var(--accent); }
        .actions { margin: 0.75rem 0 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
        .button {
          display: inline-block;
          padding: 0.45em 1.1em;
          border-radius: 0.35em;
          background: var(--accent);
          color: var(--accent-text);
          font-weight: 600;
          text-decoration: none;
        }
        .button:hover { text-decoration: underline; }
        img { max-width: 100%; height: auto; }
        .intro.with-portrait {
          display: flex;
          flex-wrap: wrap;
          align-items: center;
          gap: 1rem 1.5rem;
          margin-top: 1.5rem;
        }
        .intro.with-portrait h1 { margin-top: 0; }
        .portrait { width: 10rem; height: auto; border-radius: 0.5rem; }
        @media (max-width: 30rem) {
          .portrait { width: 8rem; }
        }
        .languages ul {
          display: flex;
          flex-wrap: wrap;
          gap: 0.25rem 1rem;
          list-style: none;
          margin: 0.5rem 0 0;
          padding: 0;
          font-size: 0.9em;
        }
        .languages a[aria-current] { font-weight: 700; text-decoration: none; color: var(--text); }
        .site-nav ul {
          display: flex;
          flex-wrap: wrap;
          gap: 0.25rem 1.25rem;
          list-style: none;
          margin: 1rem 0 0;
          padding: 0 0 0.75rem;
          border-bottom: 1px solid var(--rule);
        }
        .site-nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--text); }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.75em 0 0.5em; }
        h1 { font-size: clamp(1.9rem, 1.5rem + 2vw, 2.75rem); margin-top: 1.25em; }
        h2 { font-size: clamp(1.35rem, 1.2rem + 0.8vw, 1.75rem); }
        h3 { font-size: 1.2em; }
        .intro h1 { margin-bottom: 0.25em; }
        .tagline { font-size: 1.2em; color: var(--muted); margin-top: 0; }
        p, ul, ol, blockquote, pre { margin: 0 0 1em; }
        li { margin-bottom: 0.5em; }
        blockquote { border-left: 4px solid var(--rule); padding-left: 1rem; color: var(--muted); }
        pre, code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        pre { overflow-x: auto; padding: 0.75rem; border: 1px solid var(--rule); }
        section { scroll-margin-top: 1rem; }
        .visually-hidden {
          position: absolute;
          width: 1px;
          height: 1px;
          margin: -1px;
          padding: 0;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
          border: 0;
        }
        .site-footer {
          margin-top: 3rem;
          padding-top: 1rem;
          padding-bottom: 2rem;
          border-top: 1px solid var(--rule);
          color: var(--muted);
          font-size: 0.9em;
        }
        .site-footer p { margin: 0.25em 0; }
        @media print {
          :root { --text: #000000; --muted: #000000; --background: #ffffff; --accent: #000000; }
          body { font-size: 11pt; }
          .skip-link, .site-nav { display: none; }
          .site-header, main, .site-footer { max-width: none; padding: 0; }
          a { color: #000000; text-decoration: underline; }
          a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
          h1, h2, h3 { break-after: avoid; }
          li, blockquote, pre { break-inside: avoid; }
        }

        """
}

import BroadsideCore
import Foundation

/// The preview's own page: the build's problems over every edition of the last good build — the site
/// (navigable), the flyer's picture, PDF and text, the email's HTML at a phone's and a desktop's width
/// and its text. It reloads itself when a save makes a new build.
enum PreviewPage {
    static func html(_ snapshot: PreviewSnapshot, source: String, language asked: String? = nil) -> String {
        let files = snapshot.files
        // The editions of one language at a time: the original's unless `?lang=` asks for another.
        let language = snapshot.languages.first { $0.lowercased() == asked?.lowercased() } ?? snapshot.languages.first
        let isOriginal = language == nil || language == snapshot.languages.first
        func named(_ file: String) -> String {
            guard !isOriginal, let language, let dot = file.lastIndex(of: ".") else { return file }
            return "\(file[..<dot]).\(language)\(file[dot...])"
        }
        let site = isOriginal ? "site" : "site/\(language ?? "")"
        var html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Preview — \(HTMLText.escape(source))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header class="bar">
            <h1>Broadside preview <span>\(HTMLText.escape(source))</span></h1>
            <p class="\(snapshot.errors.isEmpty ? "ok" : "failed")" id="status">\(HTMLText.escape(snapshot.closingLine))</p>
            <nav aria-label="Editions"><a href="#site">Site</a> <a href="#flyer">Flyer</a> <a href="#email">Email</a></nav>
            \(languagePicker(snapshot.languages, current: language))</header>
            <main>

            """
        html += problems(snapshot)
        if files.isEmpty {
            html += "<p class=\"empty\">No edition yet: fix the errors above, and the editions appear here.</p>\n"
        } else {
            html += """
                <section id="site"><h2>Site <a href="/editions/\(site)/index.html" target="_blank">open on its own</a></h2>
                <iframe id="site-frame" title="The site" src="/editions/\(site)/index.html"></iframe>
                </section>
                <section id="flyer"><h2>Flyer <a href="/editions/\(named("flyer.pdf"))" target="_blank">\(named("flyer.pdf"))</a></h2>
                <div class="flyer">

                """
            let sides = (1...2).map { named("flyer-\($0).png") }.filter { files[$0] != nil }
            for (index, side) in sides.enumerated() {
                let which = sides.count == 1 ? "" : index == 0 ? ", front" : ", back"
                html +=
                    "<img src=\"/editions/\(side)?build=\(snapshot.generation)\" alt=\"The printed flyer\(which), as it will look on paper\">\n"
            }
            html +=
                "<pre class=\"text\" aria-label=\"\(named("flyer.txt"))\">\(HTMLText.escape(files[named("flyer.txt")]?.text ?? ""))</pre>\n"
            html += """
                </div>
                </section>
                <section id="email"><h2>Email <a href="/editions/\(named("email.eml"))">\(named("email.eml"))</a></h2>
                <div class="email">
                <figure><figcaption>Phone, 375 px</figcaption><iframe class="phone" title="The email on a phone" src="/editions/\(named("email.html"))"></iframe></figure>
                <figure><figcaption>Desktop, 800 px</figcaption><iframe class="desktop" title="The email on a desktop" src="/editions/\(named("email.html"))"></iframe></figure>
                </div>
                <pre class="text" aria-label="\(named("email.txt"))">\(HTMLText.escape(files[named("email.txt")]?.text ?? ""))</pre>
                </section>

                """
        }
        return html
            + "</main>\n<script>\(reloadScript(snapshot.generation, keepsSitePage: true))</script>\n</body>\n</html>\n"
    }

    /// Links to the preview of each language's editions, when the campaign has more than one.
    static func languagePicker(_ languages: [String], current: String?) -> String {
        guard languages.count > 1 else { return "" }
        let links = languages.enumerated().map { index, language in
            let href = index == 0 ? "/" : "/?lang=\(HTMLText.escape(language))"
            let mark = language == current ? " aria-current=\"page\"" : ""
            return "<a href=\"\(href)\"\(mark)>\(HTMLText.escape(language))</a>"
        }
        return "<nav aria-label=\"Languages\">\(links.joined(separator: " "))</nav>\n"
    }

    /// The errors, each with its source line and caret, then the warnings and notes, folded away.
    static func problems(_ snapshot: PreviewSnapshot) -> String {
        var html = ""
        if !snapshot.errors.isEmpty {
            html +=
                "<section class=\"errors\" id=\"errors\" role=\"alert\"><h2>\(snapshot.errors.count) error\(snapshot.errors.count == 1 ? "" : "s") — the editions below are the last good build</h2>\n"
            for error in snapshot.errors { html += "<pre>\(HTMLText.escape(error))</pre>\n" }
            html += "</section>\n"
        }
        if !snapshot.warnings.isEmpty {
            html +=
                "<details class=\"warnings\" id=\"warnings\"><summary>\(snapshot.warnings.count) warning\(snapshot.warnings.count == 1 ? "" : "s") and note\(snapshot.warnings.count == 1 ? "" : "s")</summary>\n"
            for warning in snapshot.warnings { html += "<pre>\(HTMLText.escape(warning))</pre>\n" }
            html += "</details>\n"
        }
        return html
    }

    /// What a page of the editions gets when the preview serves it: the reload, and the errors over it.
    static func inject(into page: String, _ snapshot: PreviewSnapshot) -> String {
        var added = "<script>\(reloadScript(snapshot.generation, keepsSitePage: false))</script>\n"
        if !snapshot.errors.isEmpty {
            added +=
                "<div style=\"position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff4f4;color:#5c0000;border-bottom:3px solid #b00020;padding:.5rem 1rem;font:14px/1.4 monospace\" role=\"alert\">"
                + snapshot.errors.map {
                    "<pre style=\"white-space:pre-wrap;margin:.5rem 0\">\(HTMLText.escape($0))</pre>"
                }
                .joined()
                + "</div>\n"
        }
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + added }
        return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: added)
    }

    /// Listens for new builds and reloads. In a frame, the page leaves it to the preview page around it;
    /// the preview page remembers which page of the site its frame showed.
    static func reloadScript(_ generation: Int, keepsSitePage: Bool) -> String {
        let keep =
            keepsSitePage
            ? """
            const frame = document.getElementById("site-frame");
            const kept = sessionStorage.getItem("broadside-site-page");
            if (frame && kept && kept.startsWith("/editions/")) frame.src = kept;
            addEventListener("beforeunload", () => {
              try { if (frame) sessionStorage.setItem("broadside-site-page", frame.contentWindow.location.pathname); } catch (e) {}
            });
            """ : ""
        return """
            (() => {
              if (window.top !== window) return;
              \(keep)
              const seen = \(generation);
              const connect = () => {
                const socket = new WebSocket(`ws://${location.host}/_preview/events`);
                socket.onmessage = (event) => { if (Number(event.data) > seen) location.reload(); };
                socket.onclose = () => setTimeout(connect, 500);
              };
              connect();
            })();
            """
    }

    static let style = """
        body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;background:#f4f4f2}
        .bar{position:sticky;top:0;z-index:1;background:#1f2933;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline}
        .bar h1{font-size:1rem;margin:0}.bar h1 span{font-weight:normal;opacity:.8}
        .bar p{margin:0}.bar .ok{color:#b9f6ca}.bar .failed{color:#ffcdd2}
        .bar a{color:#fff}
        main{padding:1rem;display:grid;gap:1.5rem}
        section h2{font-size:1.05rem;margin:0 0 .5rem}section h2 a{font-weight:normal;font-size:.9rem;margin-left:.75rem}
        .errors{background:#fff4f4;border:2px solid #b00020;padding:.5rem 1rem;color:#5c0000}
        .warnings{background:#fffbe6;border:1px solid #c9a400;padding:.5rem 1rem}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.4 ui-monospace,monospace;margin:.4rem 0}
        iframe{border:1px solid #aaa;background:#fff}
        #site iframe{width:100%;height:75vh}
        .flyer{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
        .flyer img{max-width:min(100%,640px);border:1px solid #aaa;box-shadow:0 2px 8px #0003;background:#fff}
        .text{background:#fff;border:1px solid #ccc;padding:.75rem;max-width:80ch}
        .email{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
        figure{margin:0}figcaption{font-size:.85rem;color:#555}
        .email .phone{width:375px;height:700px}.email .desktop{width:800px;max-width:100%;height:700px}
        .empty{font-size:1.1rem}
        """
}

/// The rules for the staff's `style.css`, checked on its tokens (`CSSTokenizer`): it may change
/// anything, but it may not load anything from another host, run script, or close the `<style>`
/// element it might one day be inlined in. Every file it asks for becomes a `StylesheetReference`,
/// which the site checks against the files it writes.
struct StylesheetCheck {
    /// Functions whose strings are URLs, without a vendor prefix (`-webkit-image-set` is `image-set`).
    /// An unquoted `url(…)` is a token of its own and is always a URL.
    static let urlFunctions: Set<String> = ["url", "src", "image-set", "image", "cross-fade", "image-rect"]

    let path: String
    private let tokenizer: CSSTokenizer
    private let tokens: [CSSToken]

    init(path: String, text: String) {
        self.path = path
        var tokenizer = CSSTokenizer(text)
        tokens = tokenizer.tokens()
        self.tokenizer = tokenizer
    }

    /// The files the stylesheet asks for; an error for each thing it may not do.
    func references(diagnostics: inout Diagnostics) -> [StylesheetReference] {
        checkClosingTags(&diagnostics)
        var references: [StylesheetReference] = []
        // What each open bracket belongs to: a function's name, or nil for (, [ and {.
        var open: [String?] = []
        // The nesting depth of the custom property (`--x: …`) being read, if any.
        var customPropertyDepth: Int?
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .atKeyword:
                checkAtRule(token, at: index, &diagnostics)
            case .url:
                references += reference(token.value, at: token, &diagnostics)
            case .badURL:
                diagnostics.error(
                    "this url(…) cannot be read: a quote, bracket, space or control character inside an unquoted url()",
                    at: location(token), notes: [Diagnostic.Note(#"put the path in quotes: url("images/photo.png")"#)])
            case .badString:
                diagnostics.error(
                    "this string is not closed before the end of its line", at: location(token),
                    notes: [Diagnostic.Note("close it with the quote it opens with")])
            case .function:
                let name = Self.unprefixed(token.lowercasedValue)
                if name == "expression" {
                    diagnostics.error(
                        "expression() runs script in old browsers", at: location(token),
                        notes: [Diagnostic.Note("remove it: the site's stylesheet runs no script")])
                }
                open.append(name)
            case .string:
                if let function = open.last ?? nil, Self.urlFunctions.contains(function) {
                    references += reference(token.value, at: token, &diagnostics)
                } else if customPropertyDepth != nil, Self.leavesTheSite(token.value) {
                    // A custom property's string can become a URL where it is used: image-set(var(--x)).
                    _ = reference(token.value, at: token, &diagnostics)
                }
            case .openParen, .openSquare, .openCurly:
                open.append(nil)
            case .closeParen, .closeSquare, .closeCurly:
                if !open.isEmpty { open.removeLast() }
                if let depth = customPropertyDepth, open.count < depth { customPropertyDepth = nil }
            case .semicolon:
                if customPropertyDepth == open.count { customPropertyDepth = nil }
            case .ident where token.value.hasPrefix("--") && customPropertyDepth == nil:
                if tokens[(index + 1)...].first(where: { $0.kind != .whitespace })?.kind == .colon {
                    customPropertyDepth = open.count
                }
            default:
                break
            }
        }
        return references
    }

    private func checkAtRule(_ token: CSSToken, at index: Int, _ diagnostics: inout Diagnostics) {
        switch Self.unprefixed(token.lowercasedValue) {
        case "import":
            diagnostics.error(
                "the stylesheet imports another stylesheet", at: location(token),
                notes: [
                    Diagnostic.Note(
                        "put the rules themselves in \(CustomStylesheet.fileName); the site loads nothing from elsewhere"
                    )
                ])
        case "namespace":
            let prelude = tokens[(index + 1)...].prefix { $0.kind != .semicolon && $0.kind != .openCurly }
            if prelude.contains(where: { $0.kind == .url || $0.kind == .string || $0.kind == .function }) {
                diagnostics.error(
                    "@namespace with a URL: the site's stylesheet needs none", at: location(token),
                    notes: [Diagnostic.Note("remove the @namespace rule")])
            }
        default:
            break
        }
    }

    /// A reference to the file `url` names, or an error saying why it may not be asked for.
    private func reference(_ url: String, at token: CSSToken, _ diagnostics: inout Diagnostics)
        -> [StylesheetReference]
    {
        switch StylesheetReference.sitePath(of: url) {
        case .success(let path):
            return [StylesheetReference(path: path, written: url, location: location(token))]
        case .failure(let problem):
            let (message, note) = Self.explanation(of: problem)
            diagnostics.error(message, at: location(token), notes: [Diagnostic.Note(note)])
            return []
        }
    }

    private static func explanation(of problem: StylesheetReference.Problem) -> (String, String) {
        let relative = "name a file of the site by its path relative to \(CustomStylesheet.fileName), or remove this"
        switch problem {
        case .empty:
            return ("this URL is empty", relative)
        case .controlCharacter:
            return (
                "this URL has a tab, a line break or a control character in it, which browsers drop or misread",
                "write the path on one line, with no control characters"
            )
        case .backslash:
            return ("this URL has a backslash, which browsers read as `/`", "write paths with `/`; \(relative)")
        case .anotherHost:
            return ("this URL starts with `//`: it loads from another host", relative)
        case .fromRoot:
            return (
                "this URL starts with `/`: paths in \(CustomStylesheet.fileName) are relative to it",
                "write `images/photo.png`, not `/images/photo.png`, so that the site works in any folder"
            )
        case .scheme(let scheme):
            return (
                "this URL loads from `\(scheme):`; the site loads nothing from another host or scheme",
                relative
            )
        case .outsideSite:
            return ("this URL leads out of the site's folder", relative)
        case .folder:
            return ("this URL names a folder, not a file", relative)
        }
    }

    /// Whether a string, were it a URL, would leave the site: read as a URL, it is refused for a reason
    /// other than naming a file that may be missing.
    private static func leavesTheSite(_ string: String) -> Bool {
        switch StylesheetReference.sitePath(of: string) {
        case .success, .failure(.empty), .failure(.folder), .failure(.controlCharacter): return false
        case .failure: return true
        }
    }

    /// `</` anywhere, even in a comment: inlined in a page, it could close the `<style>` element.
    private func checkClosingTags(_ diagnostics: inout Diagnostics) {
        let characters = tokenizer.characters
        for offset in characters.indices.dropLast() where characters[offset] == "<" && characters[offset + 1] == "/" {
            diagnostics.error(
                "`</` in the stylesheet could end the page's <style> element if the stylesheet is ever inlined",
                at: location(offset), notes: [Diagnostic.Note(#"remove it, or write "<\/" inside a string"#)])
        }
    }

    /// `image-set` for `-webkit-image-set`; a custom name (`--x`) stays as it is.
    static func unprefixed(_ name: String) -> String {
        guard name.hasPrefix("-"), !name.hasPrefix("--"), let dash = name.dropFirst().firstIndex(of: "-") else {
            return name
        }
        return String(name[name.index(after: dash)...])
    }

    private func location(_ token: CSSToken) -> SourceLocation {
        location(token.offset)
    }

    private func location(_ offset: Int) -> SourceLocation {
        let (line, column) = tokenizer.lineAndColumn(of: offset)
        return SourceLocation(file: path, line: line, column: column)
    }
}

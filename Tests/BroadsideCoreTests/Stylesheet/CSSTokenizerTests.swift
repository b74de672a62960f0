import Testing

@testable import BroadsideCore

/// The tokenizer against CSS Syntax Level 3's own rules, on the spellings that matter to the check.
@Suite("CSS tokenizer")
struct CSSTokenizerTests {
    static func tokens(_ css: String) -> [CSSToken] {
        var tokenizer = CSSTokenizer(css)
        return tokenizer.tokens().filter { $0.kind != .whitespace }
    }

    static func kinds(_ css: String) -> [CSSToken.Kind] {
        tokens(css).map(\.kind)
    }

    @Test("an unquoted url( is one url token, with escapes decoded and spaces at its ends dropped")
    func urlToken() {
        let tokens = Self.tokens("a{b:url(  ht\\74ps://x/\\(y\\) )}")
        #expect(tokens.map(\.kind) == [.ident, .openCurly, .ident, .colon, .url, .closeCurly])
        #expect(tokens[4].value == "https://x/(y)")
    }

    @Test("url( then a quote, even after spaces and line breaks, is a function and a string")
    func quotedURL() {
        #expect(Self.kinds("url( \n 'x')") == [.function, .string, .closeParen])
        #expect(Self.tokens("url(\"a\\\"b\")")[1].value == "a\"b")
    }

    @Test("escaped names are decoded: \\75 rl, u\\rl and \\55\\52\\4c all read url")
    func escapedNames() {
        for css in ["\\75 rl(x)", "u\\rl(x)", "\\55\\52\\4c(x)", "\\000075rl(x)"] {
            let tokens = Self.tokens(css)
            #expect(tokens.map(\.kind) == [.url], "\(css)")
            #expect(tokens.first?.value == "x", "\(css)")
        }
    }

    @Test("a quote, a bracket or a space inside an unquoted url makes a bad url, up to its closing bracket")
    func badURL() {
        #expect(Self.kinds("url(a b) c") == [.badURL, .ident])
        #expect(Self.kinds("url(a\"b) c") == [.badURL, .ident])
        #expect(Self.kinds("url(a(b) c") == [.badURL, .ident])
        #expect(Self.kinds("url(a\\)b c) d") == [.badURL, .ident])
    }

    @Test("comments are not tokens, and split what they sit in")
    func comments() {
        #expect(Self.tokens("u/**/rl(x)").map(\.kind) == [.ident, .function, .ident, .closeParen])
        #expect(Self.kinds("/* url(https://x) */ a") == [.ident])
        #expect(Self.kinds("a /* unclosed") == [.ident])
    }

    @Test("at-keywords, hashes and functions carry their decoded names")
    func names() {
        #expect(Self.tokens("@im\\port")[0] == CSSToken(kind: .atKeyword, value: "import", offset: 0))
        // Six hex digits, and the one space after them, are the escape: the name goes on after it.
        #expect(Self.tokens("#f\\00006f o")[0].value == "foo")
        #expect(Self.tokens("-WEBKIT-image-set(")[0].lowercasedValue == "-webkit-image-set")
    }

    @Test("numbers, dimensions and percentages end where CSS says")
    func numbers() {
        #expect(Self.kinds("1url(x)") == [.dimension, .openParen, .ident, .closeParen])
        #expect(Self.kinds("+.5e-3% -2px .") == [.percentage, .dimension, .delim])
        #expect(Self.kinds("--x -x -1") == [.ident, .ident, .number])
        #expect(Self.kinds("<!-- -->") == [.cdo, .cdc])
    }

    @Test("a line break ends a string as a bad string; an escaped one continues it")
    func strings() {
        #expect(Self.kinds("'a\nb'") == [.badString, .ident, .string])
        #expect(Self.tokens("'a\\\nb'")[0].value == "ab")
        #expect(Self.tokens("'\\0'")[0].value == "\u{FFFD}")
        #expect(Self.tokens("'\\110000'")[0].value == "\u{FFFD}")
    }

    @Test("line and column count CR LF, CR and FF as one line break each")
    func positions() {
        var tokenizer = CSSTokenizer("a\r\nb\rc\u{0C}  d")
        let tokens = tokenizer.tokens().filter { $0.kind == .ident }
        #expect(tokens.map { tokenizer.lineAndColumn(of: $0.offset).line } == [1, 2, 3, 4])
        #expect(tokenizer.lineAndColumn(of: tokens[3].offset).column == 3)
    }

    @Test("random text is always tokenized to its end (seeded)")
    func randomText() {
        var generator = SeededGenerator(seed: 17)
        let alphabet = Array("url(\"')\\ \n\t/*-+.#@0123456789eE%abc<!>;{}[]:,\u{0}\u{7F}é")
        for _ in 0..<2000 {
            let text = String(
                (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            var tokenizer = CSSTokenizer(text)
            let tokens = tokenizer.tokens()
            #expect(tokens.allSatisfy { $0.offset < tokenizer.characters.count }, "\(text.debugDescription)")
            #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.offset < $1.offset }, "\(text.debugDescription)")
        }
    }
}

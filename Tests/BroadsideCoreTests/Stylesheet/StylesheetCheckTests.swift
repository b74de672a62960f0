import BroadsideCore
import Testing

/// What the staff's `style.css` may do: anything but load from elsewhere, run script, or carry `</`.
@Suite("Stylesheet check")
struct StylesheetCheckTests {
    static let source = Support.source(pages: "page Home\n  section S\n    x\npage Plan\n  section P\n    y")

    static func errors(_ css: String, source: String = source) -> [String] {
        Support.compile(source, stylesheet: css).diagnostics.errors.map {
            "\($0.location.file):\($0.location.line):\($0.location.column): \($0.message)"
        }
    }

    @Test("files of the site, by relative paths, are allowed in every function that takes a URL")
    func allowed() {
        for css in [
            "a { background: url(index.html) }", "a { background: url('./plan.html?v=2#top') }",
            "a { background: image-set(\"plan.html\" 1x, url(404.html) 2x) }",
            "a { background: -webkit-image-set('index.html' 1x) }", ":root { --x: \"plan.html\"; --y: 'any text' }",
            "a::before { content: \"https://example.org is our old site\" }",
            "a { background: url(sub/../index.html) }",
            "@font-face { font-family: X; src: local(\"X\") }",
        ] {
            #expect(Self.errors(css) == [], "\(css)")
        }
    }

    @Test("a URL that leaves the site is refused at its line and column, whatever its spelling")
    func refused() {
        #expect(
            Self.errors("body {\n  background: url( \"https://cdn.example/bg.png\");\n}\n@import url(x.css);\n") == [
                "content/style.css:2:20: this URL loads from `https:`; the site loads nothing from another host or scheme",
                "content/style.css:4:1: the stylesheet imports another stylesheet",
            ])
        #expect(
            Self.errors("a{b:\\75 rl(//x/y)}") == [
                "content/style.css:1:5: this URL starts with `//`: it loads from another host"
            ])
        #expect(Self.errors("a{b:url(/index.html)}").first?.contains("starts with `/`") == true)
        #expect(Self.errors("a{b:url('\\\\\\\\x/y')}").first?.contains("backslash") == true)
        #expect(Self.errors("a{b:url('/\\9/x/y')}").first?.contains("control character") == true)
        #expect(Self.errors("a{b:url(../x.png)}").first?.contains("out of the site") == true)
        #expect(Self.errors("a{b:url(%2E%2e/x.png)}").first?.contains("out of the site") == true)
        #expect(Self.errors("a{b:url('')}").first?.contains("empty") == true)
        #expect(Self.errors("a{b:url(sub/)}").first?.contains("folder") == true)
        #expect(Self.errors("a{b:url(data:image/png;base64,AAAA)}").first?.contains("`data:`") == true)
        #expect(Self.errors(":root{--x:'//cdn.example/a.png'}").first?.contains("another host") == true)
        #expect(Self.errors("a{b:url(a b)}").first?.contains("cannot be read") == true)
        #expect(Self.errors("a{b:'x\n}").first?.contains("not closed") == true)
        #expect(
            Self.errors("a{width:EXPRESSION(1)}") == ["content/style.css:1:9: expression() runs script in old browsers"]
        )
        #expect(Self.errors("@namespace svg url(http://www.w3.org/2000/svg);").first?.contains("@namespace") == true)
        #expect(Self.errors("/* </style> */").first?.hasPrefix("content/style.css:1:4: `</`") == true)
    }

    @Test("a file the site does not have is an error at the URL")
    func missingFile() {
        #expect(
            Self.errors("\n\n  a { background: image-set('photo.png' 1x) }") == [
                "content/style.css:3:29: the site has no file `photo.png`"
            ])
    }

    @Test("the stylesheet's errors come in the same run as the source's")
    func sameRun() {
        let errors = Self.errors("@import 'x.css';", source: "campaign\n  candidate: Jane\n")
        #expect(errors.contains("content/style.css:1:1: the stylesheet imports another stylesheet"))
        #expect(errors.contains { $0.hasPrefix("test.broadside:") })
    }
}

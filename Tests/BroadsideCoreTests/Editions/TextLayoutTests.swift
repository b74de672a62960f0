import Testing

@testable import BroadsideCore

@Suite("TextLayout")
struct TextLayoutTests {
    @Test("wraps at the width, at spaces, and folds runs of spaces")
    func wraps() {
        var layout = TextLayout(width: 20)
        layout.out("The quick  brown fox jumps over the lazy dog again.", wrap: true)
        #expect(layout.finish() == "The quick brown fox\njumps over the lazy\ndog again.\n")
    }

    @Test("a word longer than the width stands alone on its line")
    func longWord() {
        var layout = TextLayout(width: 10)
        layout.out("see https://example.org/a/long/path now", wrap: true)
        #expect(layout.finish() == "see\nhttps://example.org/a/long/path\nnow\n")
    }

    @Test("counts characters, not bytes")
    func countsCharacters() {
        var layout = TextLayout(width: 10)
        layout.out("ééééé ééééé ééé", wrap: true)
        #expect(layout.finish() == "ééééé\nééééé ééé\n")
    }

    @Test("a prefix starts every line, wrapped ones included")
    func prefixes() {
        var layout = TextLayout(width: 12)
        layout.pushPrefix("> ")
        layout.out("one two three four", wrap: true)
        layout.blankLine()
        layout.out("five", wrap: true)
        layout.popPrefix()
        layout.blankLine()
        layout.out("six", wrap: true)
        #expect(layout.finish() == "> one two\n> three four\n>\n> five\n\nsix\n")
    }

    @Test("a hanging indent lines wrapped text up under the first line's text")
    func hangingIndent() {
        var layout = TextLayout(width: 14)
        layout.out("- ", wrap: false)
        layout.pushPrefix("  ")
        layout.out("alpha beta gamma delta", wrap: true)
        layout.popPrefix()
        #expect(layout.finish() == "- alpha beta\n  gamma delta\n")
    }

    @Test("text without wrap stays on its line; its newlines keep the prefix")
    func literal() {
        var layout = TextLayout(width: 5)
        layout.pushPrefix("    ")
        layout.out("let x = 1\nlet y = 2", wrap: false)
        #expect(layout.finish() == "    let x = 1\n    let y = 2\n")
    }

    @Test("newlines owed are paid once, never at the start, never twice")
    func newlines() {
        var layout = TextLayout(width: 40)
        layout.blankLine()
        layout.out("a", wrap: true)
        layout.cr()
        layout.blankLine()
        layout.cr()
        layout.out("b", wrap: true)
        layout.blankLine()
        #expect(layout.finish() == "a\n\nb\n")
    }

    @Test("underlines as long as the longest line written since the mark")
    func underline() {
        var layout = TextLayout(width: 12)
        layout.out("intro", wrap: true)
        layout.blankLine()
        let mark = layout.mark
        layout.out("Why I am running now", wrap: true)
        layout.underline(since: mark, with: "=")
        layout.out("body", wrap: true)
        #expect(layout.finish() == "intro\n\nWhy I am\nrunning now\n===========\nbody\n")
    }
}

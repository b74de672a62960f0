/// The one text writer behind every plain-text edition, after cmark's `render.c`: it owns the
/// column, the width, the prefix written at the start of each line, and the newlines still owed.
///
/// Renderers only say what comes next (`out`, `cr`, `blankLine`, `withPrefix`); all wrapping happens
/// here. Wrapping works like cmark's `S_out`: a space that may become a line break is remembered, and
/// when a line grows past the width the text after the last such space moves to a new line under the
/// prefix. A word longer than the width stands alone on its line. In text written without spaces
/// (Chinese, Japanese, Thai) a line may also break where UAX #14 allows (`UnicodeText`), and widths are
/// counted in columns: a Chinese character takes two, a combining mark none.
///
/// Where a line was broken only to fit the width (a soft break, in a paragraph or a quote), the layout
/// remembers it, so that the same text can be given both as fixed lines and as `format=flowed` text
/// (RFC 3676), in which a soft break is a space at the end of the line.
public struct TextLayout {
    /// Marks the end of a softly broken line in the buffer; never part of the text itself.
    private static let softBreak: UInt8 = 0x01
    private static let space: UInt8 = 0x20
    private static let newline: UInt8 = 0x0A

    /// The widest a line may be, in columns, prefix included.
    public let width: Int
    private var buffer: [UInt8] = []
    private var prefix: [UInt8] = []
    private var prefixCharacters = 0
    private var prefixStack: [(bytes: Int, characters: Int)] = []
    /// Columns of the current line so far, prefix included.
    private var column = 0
    /// Newlines at the end of the buffer: 0 in the middle of a line.
    private var trailingNewlines = 0
    /// Newlines owed before the next text: 1 ends the line, 2 also leaves a blank line.
    private var neededNewlines = 0
    /// Where in the buffer the last place of this line that may become a break is: a space, which the
    /// break replaces, or (in text without spaces) the start of a character, before which it goes.
    private var lastBreakable: Int?
    private var breakReplacesSpace = true
    /// Newlines written so far.
    private var newlines = 0

    public init(width: Int) {
        self.width = width
    }

    /// Ends the current line before the next text.
    public mutating func cr() {
        neededNewlines = max(neededNewlines, 1)
    }

    /// Leaves a blank line before the next text.
    public mutating func blankLine() {
        neededNewlines = 2
    }

    /// Starts every following line with `text` as well, until the matching `popPrefix()`.
    public mutating func pushPrefix(_ text: String) {
        payNewlines()
        prefixStack.append((prefix.count, prefixCharacters))
        prefix.append(contentsOf: text.utf8)
        prefixCharacters += UnicodeText.columns(of: Array(text.utf8))
    }

    /// Newlines still owed are paid under the outer prefix: a blank line after a quote is not part of it.
    public mutating func popPrefix() {
        guard let saved = prefixStack.popLast() else { return }
        prefix.removeSubrange(saved.bytes...)
        prefixCharacters = saved.characters
    }

    /// Lays out `body` with every line it starts beginning with `text` too: each push has its pop.
    public mutating func withPrefix(_ text: String, _ body: (inout TextLayout) -> Void) {
        pushPrefix(text)
        body(&self)
        popPrefix()
    }

    /// Writes `text`. With `wrap`, its spaces are places where a line may break (runs of spaces fold to
    /// one); without, the text stays on one line, and a newline in it starts a new line under the prefix.
    public mutating func out<Text: StringProtocol>(_ text: Text, wrap: Bool) {
        var text = String(text)
        text.withUTF8 { out($0, wrap: wrap) }
    }

    private mutating func out(_ utf8: UnsafeBufferPointer<UInt8>, wrap: Bool) {
        let breaks = wrap ? UnicodeText.breaksBetweenLetters(utf8) : []
        var nextBreak = 0
        var previousWasSpace = false
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == Self.softBreak {
                index += 1
                continue
            }
            if wrap && byte == Self.space {
                index += 1
                if previousWasSpace || isAtLineStart { continue }
                previousWasSpace = true
                lastBreakable = buffer.count
                breakReplacesSpace = true
                append(byte)
                continue
            }
            previousWasSpace = false
            if byte == Self.newline {
                cr()
                index += 1
                continue
            }
            // A run of bytes up to the next space, newline or place to break goes in at once; a line is
            // broken after a run that ends past the width (at the last place it may break).
            while nextBreak < breaks.count && breaks[nextBreak] < index { nextBreak += 1 }
            let breaksHere = nextBreak < breaks.count && breaks[nextBreak] == index
            let stop = breaks.dropFirst(nextBreak).first { $0 > index } ?? utf8.count
            var end = index + 1
            while end < stop {
                let following = utf8[end]
                if following == Self.newline || following == Self.softBreak || (wrap && following == Self.space) {
                    break
                }
                end += 1
            }
            if neededNewlines > 0 || trailingNewlines > 0 || buffer.isEmpty { startLine() }
            if breaksHere && column > prefixCharacters {
                lastBreakable = buffer.count
                breakReplacesSpace = false
            }
            let run = UnsafeBufferPointer(rebasing: utf8[index..<end])
            buffer.append(contentsOf: run)
            column += UnicodeText.columns(of: run)
            if column > width { breakLine() }
            index = end
        }
    }

    /// The lines written so far, a line being counted once it has text.
    public var lineCount: Int {
        buffer.isEmpty ? 0 : newlines - trailingNewlines + 1
    }

    /// A position in the text written so far, to pass to `underline(since:with:)`.
    public var mark: Int {
        buffer.count
    }

    /// Underlines the text written since `mark` with `character`, as long as its longest line.
    public mutating func underline(since mark: Int, with character: Character) {
        var longest = 0
        for line in buffer[mark...].split(separator: Self.newline, omittingEmptySubsequences: false) {
            longest = max(longest, UnicodeText.columns(of: line))
        }
        let length = longest - prefixCharacters
        guard length > 0 else { return }
        cr()
        out(String(repeating: character, count: length), wrap: false)
        cr()
    }

    /// The finished text: every line without trailing spaces, and one newline at the end.
    public func finish() -> String {
        text(flowed: false)
    }

    /// The finished text. `flowed` ends each softly broken line with one space, as `format=flowed`
    /// text does; otherwise every line ends without trailing spaces.
    public func text(flowed: Bool) -> String {
        String(decoding: finishedText(flowed: flowed), as: UTF8.self)
    }

    /// The finished text as UTF-8 bytes.
    func finishedText(flowed: Bool) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(buffer.count + 1)
        let lines = buffer.split(separator: Self.newline, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var end = line.endIndex
            let isSoft = end > line.startIndex && line[end - 1] == Self.softBreak
            if isSoft { end -= 1 }
            while end > line.startIndex, line[end - 1] == Self.space { end -= 1 }
            result += line[line.startIndex..<end]
            if isSoft && flowed { result.append(Self.space) }
            if index < lines.count - 1 { result.append(Self.newline) }
        }
        // One newline at the end of a text that has any, and no blank line.
        result.append(Self.newline)
        while result.count >= 2, result[result.count - 1] == Self.newline, result[result.count - 2] == Self.newline {
            result.removeLast()
        }
        return result == [Self.newline] ? [] : result
    }

    /// Whether a soft break here can be given as flowed text: under no prefix, or under one quote
    /// marker. Hanging indents of list items would be lost when a mail program reflows the lines.
    private var isFlowable: Bool {
        prefix.isEmpty || prefix == Array("> ".utf8)
    }

    /// Whether nothing but the prefix would stand before the next character on its line.
    private var isAtLineStart: Bool {
        neededNewlines > 0 || trailingNewlines > 0 || buffer.isEmpty
    }

    /// Writes the newlines owed under the prefix in force now: pushing a prefix pays them first,
    /// so a blank line before a quote is not part of the quote.
    private mutating func payNewlines() {
        guard neededNewlines > 0, !buffer.isEmpty else { return }
        while trailingNewlines < neededNewlines {
            if trailingNewlines > 0 { appendBlankLinePrefix() }
            buffer.append(Self.newline)
            newlines += 1
            trailingNewlines += 1
        }
        neededNewlines = 0
    }

    /// Appends one byte, first paying the newlines owed and writing the prefix at a line start.
    private mutating func append(_ byte: UInt8) {
        if neededNewlines > 0 || trailingNewlines > 0 || buffer.isEmpty { startLine() }
        buffer.append(byte)
        column += UnicodeText.columns(UInt32(byte))
    }

    /// Pays the newlines owed and writes the prefix, before the first byte of a line.
    private mutating func startLine() {
        payNewlines()
        neededNewlines = 0
        if trailingNewlines > 0 || buffer.isEmpty {
            buffer.append(contentsOf: prefix)
            column = prefixCharacters
            trailingNewlines = 0
            lastBreakable = nil
        }
    }

    /// A blank line inside a quote still shows the quote's `>`; spaces alone are left off.
    private mutating func appendBlankLinePrefix() {
        var end = prefix.count
        while end > 0, prefix[end - 1] == Self.space { end -= 1 }
        buffer.append(contentsOf: prefix[..<end])
    }

    /// Moves the text after the last place this line may break to a new line under the prefix.
    private mutating func breakLine() {
        guard let breakable = lastBreakable else { return }
        let remainderStart = breakReplacesSpace ? breakable + 1 : breakable
        let remainderColumns = UnicodeText.columns(of: buffer[remainderStart...])
        // The space becomes the line end and the prefix, in place (or they go in before the character
        // where the line may break): only the rest of the line moves (replacing a range in the middle
        // of the array would copy the whole text each time). A break between letters is no soft break
        // of `format=flowed`, whose reader would put a space there.
        let inserted =
            (isFlowable && breakReplacesSpace ? [Self.softBreak, Self.newline] : [Self.newline]) + prefix
        let shift = inserted.count - (breakReplacesSpace ? 1 : 0)
        // One byte at a time: appending a run of them reserves exactly their room, every time.
        for _ in 0..<shift { buffer.append(0) }
        let firstMoved = breakable + inserted.count
        if buffer.count - 1 >= firstMoved {
            for index in stride(from: buffer.count - 1, through: firstMoved, by: -1) {
                buffer[index] = buffer[index - shift]
            }
        }
        for (offset, byte) in inserted.enumerated() { buffer[breakable + offset] = byte }
        newlines += 1
        column = prefixCharacters + remainderColumns
        lastBreakable = nil
    }
}

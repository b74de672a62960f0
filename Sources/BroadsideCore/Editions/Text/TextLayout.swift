/// The one text writer behind every plain-text edition, after cmark's `render.c`: it owns the
/// column, the width, the prefix written at the start of each line, and the newlines still owed.
///
/// Renderers only say what comes next (`out`, `cr`, `blankLine`, `pushPrefix`/`popPrefix`); all
/// wrapping happens here. Wrapping works like cmark's `S_out`: a space that may become a line break is
/// remembered, and when a line grows past the width the text after the last such space moves to a new
/// line under the prefix. A word longer than the width stands alone on its line.
///
/// Where a line was broken only to fit the width (a soft break, in a paragraph or a quote), the layout
/// remembers it, so that the same text can be given both as fixed lines and as `format=flowed` text
/// (RFC 3676), in which a soft break is a space at the end of the line.
public struct TextLayout {
    /// Marks the end of a softly broken line in the buffer; never part of the text itself.
    private static let softBreak: UInt8 = 0x01

    /// The widest a line may be, in Unicode characters, prefix included.
    public let width: Int
    private var buffer: [UInt8] = []
    private var prefix: [UInt8] = []
    private var prefixCharacters = 0
    private var prefixStack: [(bytes: Int, characters: Int)] = []
    /// Characters on the current line so far, prefix included.
    private var column = 0
    /// Newlines at the end of the buffer: 0 in the middle of a line.
    private var trailingNewlines = 0
    /// Newlines owed before the next text: 1 ends the line, 2 also leaves a blank line.
    private var neededNewlines = 0
    /// Where in the buffer the last space of this line that may become a break is.
    private var lastBreakable: Int?
    /// Newlines written so far.
    private var newlines = 0

    public init(width: Int) {
        self.width = width
    }

    /// Makes room for about `bytes` of text at once, for a layout whose size can be told beforehand
    /// (a page's text): grown by doubling, the buffer is copied each time.
    mutating func reserveCapacity(_ bytes: Int) {
        buffer.reserveCapacity(bytes)
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
        prefixCharacters += text.unicodeScalars.count
    }

    /// Newlines still owed are paid under the outer prefix: a blank line after a quote is not part of it.
    public mutating func popPrefix() {
        guard let saved = prefixStack.popLast() else { return }
        prefix.removeSubrange(saved.bytes...)
        prefixCharacters = saved.characters
    }

    /// Writes `text`. With `wrap`, its spaces are places where a line may break (runs of spaces fold to
    /// one); without, the text stays on one line, and a newline in it starts a new line under the prefix.
    public mutating func out<Text: StringProtocol>(_ text: Text, wrap: Bool) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in write(bytes, wrap: wrap) }
        if written == nil {
            Array(text.utf8).withUnsafeBufferPointer { bytes in write(bytes, wrap: wrap) }
        }
    }

    /// Writes UTF-8 text that is already in memory, such as a cmark node's literal.
    mutating func out(_ bytes: UnsafeBufferPointer<UInt8>, wrap: Bool) {
        write(bytes, wrap: wrap)
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>, wrap: Bool) {
        var previousWasSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.softBreak {
                index += 1
                continue
            }
            if wrap && byte == 0x20 && (previousWasSpace || isAtLineStart || column > width) {
                index += 1
                if previousWasSpace || isAtLineStart { continue }
                previousWasSpace = true
                lastBreakable = buffer.count
                append(byte)
                continue
            }
            if byte == 0x0A {
                previousWasSpace = false
                index += 1
                cr()
                continue
            }
            if neededNewlines == 0 && trailingNewlines == 0 && !buffer.isEmpty,
                let run = run(in: bytes, from: index, wrap: wrap, afterSpace: previousWasSpace)
            {
                // The common case, in the middle of a line: words and the single spaces between them go in
                // at once, as long as the line has room for them. Breaking after the run leaves the same
                // text as breaking at its first byte past the width would.
                if let space = run.lastSpace { lastBreakable = buffer.count + space - index }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<run.end]))
                column += run.characters
                previousWasSpace = wrap && bytes[run.end - 1] == 0x20
                index = run.end
            } else {
                previousWasSpace = false
                append(byte)
                index += 1
            }
            // A line is broken after a word that ends past the width, never after a space.
            if column > width && !previousWasSpace { breakLine() }
        }
    }

    /// A run of bytes from `start` that can go on the current line as it is: up to a line end, a soft-break
    /// mark, a second space in a row (with `wrap`), or a space the line has no room before. Nil when
    /// there is none.
    ///
    /// Eight bytes of plain ASCII (no line end, no mark) are taken at once: where their spaces are,
    /// whether two are in a row, and whether one comes past the room left, as bit masks. Anything else
    /// is taken a byte at a time, past the first byte that stopped the eight.
    private func run(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, wrap: Bool, afterSpace: Bool)
        -> (end: Int, characters: Int, lastSpace: Int?)?
    {
        var end = start
        var characters = 0
        var lastSpace: Int?
        var previousWasSpace = afterSpace
        scan: while end < bytes.count {
            var byteSteps = bytes.count - end
            if byteSteps >= 8 {
                let word = UnsafeRawPointer(bytes.baseAddress! + end).loadUnaligned(as: UInt64.self)
                let stopping =
                    WordBytes.zeroBytes(word ^ WordBytes.everyByte(0x0A))
                    | WordBytes.zeroBytes(word ^ WordBytes.everyByte(Self.softBreak)) | (word & WordBytes.highBits)
                if stopping == 0 {
                    let spaces = wrap ? WordBytes.zeroBytes(word ^ WordBytes.everyByte(0x20)) : 0
                    // A space stops the run after another space, or where the line already has no room.
                    let doubled = spaces & (spaces << 8 | (previousWasSpace ? 0x80 : 0))
                    let room = width - column - characters
                    let pastRoom =
                        room < 0 ? WordBytes.highBits : room >= 7 ? 0 : WordBytes.highBits << UInt64(8 * (room + 1))
                    let stops = doubled | (spaces & pastRoom)
                    let taken = stops == 0 ? 8 : stops.trailingZeroBitCount / 8
                    let takenSpaces = taken == 8 ? spaces : spaces & (UInt64(1) << UInt64(8 * taken) &- 1)
                    if takenSpaces != 0 { lastSpace = end + (63 - takenSpaces.leadingZeroBitCount) / 8 }
                    characters += taken
                    end += taken
                    if taken < 8 { break scan }
                    previousWasSpace = spaces >> 63 != 0
                    continue
                }
                byteSteps = stopping.trailingZeroBitCount / 8 + 1
            }
            for _ in 0..<byteSteps {
                let next = bytes[end]
                if next == 0x0A || next == Self.softBreak { break scan }
                if wrap && next == 0x20 {
                    if previousWasSpace || column + characters > width { break scan }
                    lastSpace = end
                    previousWasSpace = true
                } else {
                    previousWasSpace = false
                }
                if next & 0xC0 != 0x80 { characters += 1 }
                end += 1
            }
        }
        return end > start ? (end, characters, lastSpace) : nil
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
        var current = 0
        buffer.withUnsafeBufferPointer { text in
            for byte in text[mark...] {
                if byte == 0x0A {
                    longest = max(longest, current)
                    current = 0
                } else if byte & 0xC0 != 0x80 {
                    current += 1
                }
            }
        }
        let length = max(longest, current) - prefixCharacters
        guard length > 0 else { return }
        cr()
        // Every heading of the email and the flyer has one: made in place, not as an array.
        if character.utf8.count == 1, let byte = character.utf8.first {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { line in
                line.initialize(repeating: byte)
                write(UnsafeBufferPointer(line), wrap: false)
            }
        } else {
            let line = Array(repeatElement(Array(String(character).utf8), count: length).joined())
            line.withUnsafeBufferPointer { write($0, wrap: false) }
        }
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
        // Written straight into the array, as `finishedTexts` does.
        var result = buffer.withUnsafeBufferPointer { text in
            [UInt8](unsafeUninitializedCapacity: text.count + 1) { bytes, count in
                Self.forEachLine(of: text) { line, isSoft, isLast in
                    Self.put(line, isSoft: isSoft && flowed, isLast: isLast, into: bytes, count: &count)
                }
            }
        }
        Self.endText(&result)
        return result
    }

    /// The finished text both ways, fixed and flowed, in one pass.
    func finishedTexts() -> (fixed: [UInt8], flowed: [UInt8]) {
        // Written straight into both arrays, a line at a time: neither is longer than the buffer (a
        // soft-break mark becomes at most a space), and one more byte for `endText`. Appended, the
        // lines of a page cost a hundred appends a kilobyte.
        var flowed: [UInt8] = []
        var fixed = buffer.withUnsafeBufferPointer { text in
            [UInt8](unsafeUninitializedCapacity: text.count + 1) { fixedBytes, fixedCount in
                flowed = [UInt8](unsafeUninitializedCapacity: text.count + 1) { flowedBytes, flowedCount in
                    Self.forEachLine(of: text) { line, isSoft, isLast in
                        Self.put(line, isSoft: false, isLast: isLast, into: fixedBytes, count: &fixedCount)
                        Self.put(line, isSoft: isSoft, isLast: isLast, into: flowedBytes, count: &flowedCount)
                    }
                }
            }
        }
        Self.endText(&fixed)
        Self.endText(&flowed)
        return (fixed, flowed)
    }

    /// Writes a finished line at `count` in `output`: its bytes, the space that ends a softly broken
    /// line of flowed text when `isSoft`, and a newline unless it is the last.
    @inline(__always)
    private static func put(
        _ line: UnsafeBufferPointer<UInt8>, isSoft: Bool, isLast: Bool, into output: UnsafeMutableBufferPointer<UInt8>,
        count: inout Int
    ) {
        let start = output.baseAddress!
        if let lineStart = line.baseAddress, !line.isEmpty {
            (start + count).update(from: lineStart, count: line.count)
            count += line.count
        }
        if isSoft {
            start[count] = 0x20
            count += 1
        }
        if !isLast {
            start[count] = 0x0A
            count += 1
        }
    }

    /// One newline at the end of a text that has any, and no blank line.
    private static func endText(_ result: inout [UInt8]) {
        result.append(0x0A)
        while result.count >= 2, result[result.count - 1] == 0x0A, result[result.count - 2] == 0x0A {
            result.removeLast()
        }
        if result == [0x0A] { result = [] }
    }

    /// Each line of `text`, without its soft-break mark and trailing spaces, with whether it was broken
    /// softly and whether it is the last.
    private static func forEachLine(
        of text: UnsafeBufferPointer<UInt8>,
        _ body: (_ line: UnsafeBufferPointer<UInt8>, _ isSoft: Bool, _ isLast: Bool) -> Void
    ) {
        var start = 0
        while true {
            let newline = text.firstIndex(of: 0x0A, from: start)
            var end = newline ?? text.count
            let isSoft = end > start && text[end - 1] == Self.softBreak
            if isSoft { end -= 1 }
            while end > start, text[end - 1] == 0x20 { end -= 1 }
            body(UnsafeBufferPointer(rebasing: text[start..<end]), isSoft, newline == nil)
            guard let newline else { return }
            start = newline + 1
        }
    }

    /// Whether a soft break here can be given as flowed text: under no prefix, or under one quote
    /// marker. Hanging indents of list items would be lost when a mail program reflows the lines.
    private var isFlowable: Bool {
        // Compared byte by byte: an array of "> " made for each line broken was a third of the breaking.
        prefix.isEmpty || (prefix.count == 2 && prefix[0] == UInt8(ascii: ">") && prefix[1] == 0x20)
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
            buffer.append(0x0A)
            newlines += 1
            trailingNewlines += 1
        }
        neededNewlines = 0
    }

    /// Appends one byte, first paying the newlines owed and writing the prefix at a line start.
    private mutating func append(_ byte: UInt8) {
        payNewlines()
        neededNewlines = 0
        if trailingNewlines > 0 || buffer.isEmpty {
            buffer.append(contentsOf: prefix)
            column = prefixCharacters
            trailingNewlines = 0
            lastBreakable = nil
        }
        buffer.append(byte)
        if byte & 0xC0 != 0x80 { column += 1 }
    }

    /// A blank line inside a quote still shows the quote's `>`; spaces alone are left off.
    private mutating func appendBlankLinePrefix() {
        var end = prefix.count
        while end > 0, prefix[end - 1] == 0x20 { end -= 1 }
        buffer.append(contentsOf: prefix[..<end])
    }

    /// Moves the text after the last breakable space of this line to a new line under the prefix.
    private mutating func breakLine() {
        guard let breakable = lastBreakable else { return }
        var remainderCharacters = 0
        for byte in buffer[(breakable + 1)...] where byte & 0xC0 != 0x80 { remainderCharacters += 1 }
        // The space becomes the line end (after the soft-break mark) and the prefix, in place: the rest
        // of the line only moves over by their length, once (two inserts into the array, for the line end
        // and the prefix, cost as much as the rest of the wrapping).
        let isSoft = isFlowable
        let inserted = (isSoft ? 1 : 0) + prefix.count
        let remainder = buffer.count - breakable - 1
        for _ in 0..<inserted { buffer.append(0) }
        prefix.withUnsafeBufferPointer { prefix in
            buffer.withUnsafeMutableBufferPointer { bytes in
                let start = bytes.baseAddress! + breakable
                (start + 1 + inserted).update(from: start + 1, count: remainder)
                if isSoft {
                    start[0] = Self.softBreak
                    start[1] = 0x0A
                } else {
                    start[0] = 0x0A
                }
                if let prefixStart = prefix.baseAddress {
                    (start + inserted + 1 - prefix.count).update(from: prefixStart, count: prefix.count)
                }
            }
        }
        newlines += 1
        column = prefixCharacters + remainderCharacters
        lastBreakable = nil
    }
}

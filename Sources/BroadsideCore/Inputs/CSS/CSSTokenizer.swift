/// A stylesheet cut into tokens as a browser cuts it: CSS Syntax Level 3, §3.3 (preprocessing) and §4
/// (tokenization), step for step, so that no spelling — an escape, a comment inside a name, a line
/// break after `url(` — means one thing to the check and another to the browser.
struct CSSTokenizer {
    /// The stylesheet's characters after preprocessing: CR LF, CR and FF are one LF; NUL is U+FFFD.
    let characters: [Unicode.Scalar]
    /// The offset in `characters` where each line starts, for line and column numbers.
    let lineStarts: [Int]
    private var position = 0

    init(_ text: String) {
        var characters: [Unicode.Scalar] = []
        characters.reserveCapacity(text.utf8.count)
        var lineStarts = [0]
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            switch scalar {
            case "\r", "\n", "\u{0C}":
                characters.append("\n")
                lineStarts.append(characters.count)
            case "\0": characters.append("\u{FFFD}")
            default: characters.append(scalar)
            }
        }
        self.characters = characters
        self.lineStarts = lineStarts
    }

    /// A stylesheet's lines as the tokenizer counts them (CR LF, CR and FF each end one), to quote them.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\r\n" || character == "\r" || character == "\n" || character == "\u{0C}" {
                lines.append(text[start..<index])
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        lines.append(text[start...])
        return lines
    }

    /// The line and column (both from 1, columns in characters) of an offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// Every token, in order (comments are not tokens).
    mutating func tokens() -> [CSSToken] {
        var tokens: [CSSToken] = []
        while let token = next() { tokens.append(token) }
        return tokens
    }

    // MARK: - Consume a token (§4.3.1)

    private mutating func next() -> CSSToken? {
        consumeComments()
        let start = position
        guard let character = take() else { return nil }
        func token(_ kind: CSSToken.Kind, _ value: String = "") -> CSSToken {
            CSSToken(kind: kind, value: value, offset: start)
        }
        switch character {
        case _ where Self.isWhitespace(character):
            while let next = peek(), Self.isWhitespace(next) { position += 1 }
            return token(.whitespace)
        case "\"", "'":
            return consumeString(endingWith: character, start: start)
        case "#":
            if let next = peek(), Self.isIdentCharacter(next) || isValidEscape(at: position) {
                return token(.hash, consumeIdentSequence())
            }
            return token(.delim, "#")
        case "(": return token(.openParen)
        case ")": return token(.closeParen)
        case "[": return token(.openSquare)
        case "]": return token(.closeSquare)
        case "{": return token(.openCurly)
        case "}": return token(.closeCurly)
        case ",": return token(.comma)
        case ":": return token(.colon)
        case ";": return token(.semicolon)
        case "+", ".":
            if startsNumber(at: start) {
                position = start
                return consumeNumeric(start: start)
            }
            return token(.delim, String(character))
        case "-":
            if startsNumber(at: start) {
                position = start
                return consumeNumeric(start: start)
            }
            if peek() == "-" && peek(1) == ">" {
                position += 2
                return token(.cdc)
            }
            if startsIdentSequence(at: start) {
                position = start
                return consumeIdentLike(start: start)
            }
            return token(.delim, "-")
        case "<":
            if peek() == "!" && peek(1) == "-" && peek(2) == "-" {
                position += 3
                return token(.cdo)
            }
            return token(.delim, "<")
        case "@":
            if startsIdentSequence(at: position) { return token(.atKeyword, consumeIdentSequence()) }
            return token(.delim, "@")
        case "\\":
            if isValidEscape(at: start) {
                position = start
                return consumeIdentLike(start: start)
            }
            return token(.delim, "\\")
        case _ where Self.isDigit(character):
            position = start
            return consumeNumeric(start: start)
        case _ where Self.isIdentStart(character):
            position = start
            return consumeIdentLike(start: start)
        default:
            return token(.delim, String(character))
        }
    }

    /// §4.3.2: `/* … */`, possibly unclosed at the end of the file.
    private mutating func consumeComments() {
        while peek() == "/" && peek(1) == "*" {
            position += 2
            while position < characters.count && !(characters[position] == "*" && peek(1) == "/") { position += 1 }
            position = min(position + 2, characters.count)
        }
    }

    /// §4.3.3.
    private mutating func consumeNumeric(start: Int) -> CSSToken {
        consumeNumber()
        if startsIdentSequence(at: position) {
            return CSSToken(kind: .dimension, value: consumeIdentSequence(), offset: start)
        }
        if peek() == "%" {
            position += 1
            return CSSToken(kind: .percentage, value: "", offset: start)
        }
        return CSSToken(kind: .number, value: "", offset: start)
    }

    /// §4.3.12: the number itself is never needed, only where it ends.
    private mutating func consumeNumber() {
        if peek() == "+" || peek() == "-" { position += 1 }
        consumeDigits()
        if peek() == ".", let digit = peek(1), Self.isDigit(digit) {
            position += 1
            consumeDigits()
        }
        if peek() == "e" || peek() == "E" {
            if let digit = peek(1), Self.isDigit(digit) {
                position += 1
                consumeDigits()
            } else if peek(1) == "+" || peek(1) == "-", let digit = peek(2), Self.isDigit(digit) {
                position += 2
                consumeDigits()
            }
        }
    }

    private mutating func consumeDigits() {
        while let next = peek(), Self.isDigit(next) { position += 1 }
    }

    /// §4.3.4: an ident, a function, or — for `url(` not followed by a quote — a url token.
    private mutating func consumeIdentLike(start: Int) -> CSSToken {
        let name = consumeIdentSequence()
        guard peek() == "(" else { return CSSToken(kind: .ident, value: name, offset: start) }
        position += 1
        guard CSSToken(kind: .ident, value: name, offset: start).lowercasedValue == "url" else {
            return CSSToken(kind: .function, value: name, offset: start)
        }
        while let first = peek(), let second = peek(1), Self.isWhitespace(first), Self.isWhitespace(second) {
            position += 1
        }
        var next = peek()
        if let first = next, Self.isWhitespace(first) { next = peek(1) }
        if next == "\"" || next == "'" { return CSSToken(kind: .function, value: name, offset: start) }
        return consumeURL(start: start)
    }

    /// §4.3.6: the unquoted form, `url(path)`.
    private mutating func consumeURL(start: Int) -> CSSToken {
        var value = String.UnicodeScalarView()
        while let next = peek(), Self.isWhitespace(next) { position += 1 }
        while true {
            guard let character = take() else { return CSSToken(kind: .url, value: String(value), offset: start) }
            switch character {
            case ")":
                return CSSToken(kind: .url, value: String(value), offset: start)
            case _ where Self.isWhitespace(character):
                while let next = peek(), Self.isWhitespace(next) { position += 1 }
                if peek() == nil || peek() == ")" {
                    position = min(position + 1, characters.count)
                    return CSSToken(kind: .url, value: String(value), offset: start)
                }
                consumeBadURLRemnants()
                return CSSToken(kind: .badURL, value: String(value), offset: start)
            case "\"", "'", "(":
                consumeBadURLRemnants()
                return CSSToken(kind: .badURL, value: String(value), offset: start)
            case _ where Self.isNonPrintable(character):
                consumeBadURLRemnants()
                return CSSToken(kind: .badURL, value: String(value), offset: start)
            case "\\":
                guard isValidEscape(at: position - 1) else {
                    consumeBadURLRemnants()
                    return CSSToken(kind: .badURL, value: String(value), offset: start)
                }
                value.append(consumeEscape())
            default:
                value.append(character)
            }
        }
    }

    /// §4.3.14.
    private mutating func consumeBadURLRemnants() {
        while let character = take() {
            if character == ")" { return }
            if character == "\\" && isValidEscape(at: position - 1) { _ = consumeEscape() }
        }
    }

    /// §4.3.5: a string up to its closing quote; a line break inside it makes a bad string.
    private mutating func consumeString(endingWith quote: Unicode.Scalar, start: Int) -> CSSToken {
        var value = String.UnicodeScalarView()
        while true {
            guard let character = take() else { return CSSToken(kind: .string, value: String(value), offset: start) }
            switch character {
            case quote:
                return CSSToken(kind: .string, value: String(value), offset: start)
            case "\n":
                position -= 1
                return CSSToken(kind: .badString, value: String(value), offset: start)
            case "\\":
                guard let next = peek() else { continue }
                if next == "\n" {
                    position += 1
                } else {
                    value.append(consumeEscape())
                }
            default:
                value.append(character)
            }
        }
    }

    /// §4.3.11.
    private mutating func consumeIdentSequence() -> String {
        var name = String.UnicodeScalarView()
        while let character = peek() {
            if Self.isIdentCharacter(character) {
                name.append(character)
                position += 1
            } else if isValidEscape(at: position) {
                position += 1
                name.append(consumeEscape())
            } else {
                break
            }
        }
        return String(name)
    }

    /// §4.3.7, after the backslash: up to six hex digits and one whitespace, or the character itself.
    private mutating func consumeEscape() -> Unicode.Scalar {
        guard let character = take() else { return "\u{FFFD}" }
        guard let first = character.properties.isASCIIHexDigit ? UInt32(String(character), radix: 16) : nil else {
            return character
        }
        var value = first
        var digits = 1
        while digits < 6, let next = peek(), next.properties.isASCIIHexDigit {
            value = value * 16 + UInt32(String(next), radix: 16)!
            digits += 1
            position += 1
        }
        if let next = peek(), Self.isWhitespace(next) { position += 1 }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    // MARK: - Checks (§4.3.8–4.3.10)

    private func isValidEscape(at offset: Int) -> Bool {
        character(at: offset) == "\\" && character(at: offset + 1).map { $0 != "\n" } == true
    }

    private func startsIdentSequence(at offset: Int) -> Bool {
        guard let first = character(at: offset) else { return false }
        if first == "-" {
            guard let second = character(at: offset + 1) else { return false }
            return Self.isIdentStart(second) || second == "-" || isValidEscape(at: offset + 1)
        }
        return Self.isIdentStart(first) || isValidEscape(at: offset)
    }

    private func startsNumber(at offset: Int) -> Bool {
        guard let first = character(at: offset) else { return false }
        let isDigitAt = { (offset: Int) in character(at: offset).map(Self.isDigit) == true }
        switch first {
        case "+", "-":
            return isDigitAt(offset + 1) || (character(at: offset + 1) == "." && isDigitAt(offset + 2))
        case ".":
            return isDigitAt(offset + 1)
        default:
            return Self.isDigit(first)
        }
    }

    // MARK: - Characters (§4.2)

    private func character(at offset: Int) -> Unicode.Scalar? {
        offset < characters.count ? characters[offset] : nil
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        character(at: position + ahead)
    }

    private mutating func take() -> Unicode.Scalar? {
        guard position < characters.count else { return nil }
        defer { position += 1 }
        return characters[position]
    }

    static func isWhitespace(_ character: Unicode.Scalar) -> Bool {
        character == "\n" || character == "\t" || character == " "
    }

    static func isDigit(_ character: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(character)
    }

    static func isIdentStart(_ character: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(character) || ("A"..."Z").contains(character) || character == "_"
            || character.value >= 0x80
    }

    static func isIdentCharacter(_ character: Unicode.Scalar) -> Bool {
        isIdentStart(character) || isDigit(character) || character == "-"
    }

    static func isNonPrintable(_ character: Unicode.Scalar) -> Bool {
        character.value <= 0x08 || character.value == 0x0B || (0x0E...0x1F).contains(character.value)
            || character.value == 0x7F
    }
}

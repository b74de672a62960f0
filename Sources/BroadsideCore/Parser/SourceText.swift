/// A campaign source, decoded and split into lines.
///
/// Decoding is strict: the text must be UTF-8, without NUL bytes. A byte-order mark at the start is
/// dropped and CRLF line ends are read as LF, since editors on Windows write both.
public struct SourceText: Sendable {
    /// The path used in diagnostics.
    public let path: String
    /// The lines of the text, without their line ends.
    public let lines: [Substring]

    /// The decoded text, with LF line ends and no byte-order mark, each line ended by LF.
    public var text: String {
        var text = lines.joined(separator: "\n")
        if !lines.isEmpty { text += "\n" }
        return text
    }

    /// Decodes `bytes`, reporting the first invalid UTF-8 sequence or NUL byte by line and column.
    public static func decode(_ bytes: [UInt8], path: String, diagnostics: inout Diagnostics) -> SourceText? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            diagnostics.error(
                "the file is saved as UTF-16, not UTF-8", at: SourceLocation(file: path, line: 1, column: 1),
                notes: [Diagnostic.Note("save the file as UTF-8 text (in most editors: Save As… → Encoding → UTF-8)")])
            return nil
        }
        guard !body.contains(0), var text = String(validating: body, as: UTF8.self) else {
            let problem =
                firstProblem(in: body)
                ?? Problem(
                    line: 1, column: 1, message: "the file is not valid UTF-8",
                    fix: "save the file as UTF-8 text (in most editors: Save As… → Encoding → UTF-8)")
            diagnostics.error(
                problem.message, at: SourceLocation(file: path, line: problem.line, column: problem.column),
                notes: [Diagnostic.Note(problem.fix)])
            return nil
        }
        if body.contains(13) {
            text = text.replacingCRLF()
            // Old Macs ended lines with CR alone: such a file is one long line to every other reader.
            if !body.contains(10) {
                diagnostics.error(
                    "the lines of this file end with CR alone, as on old Macs",
                    at: SourceLocation(file: path, line: 1, column: 1),
                    notes: [Diagnostic.Note("save the file with ordinary line ends (LF, or CRLF on Windows)")])
                return nil
            }
        }
        return SourceText(path: path, text: text)
    }

    /// A source made from text that is already decoded (tests and generated sources).
    public init(path: String, text: String) {
        self.path = path
        self.lines = text.linesSplitAtLF()
    }

    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    private struct Problem: Error {
        var line: Int
        var column: Int
        var message: String
        var fix: String
    }

    /// Walks the bytes once, counting lines and characters, and stops at the first byte that is not
    /// valid UTF-8 or is NUL.
    private static func firstProblem(in bytes: ArraySlice<UInt8>) -> Problem? {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0 {
                return Problem(
                    line: line, column: column, message: "the file contains a NUL byte",
                    fix: "the file may have been saved in UTF-16 or as a binary document; save it as plain UTF-8 text")
            }
            let length = utf8SequenceLength(bytes, at: index)
            if length == 0 {
                return Problem(
                    line: line, column: column,
                    message: "the file is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))",
                    fix: "save the file as UTF-8 text (in most editors: Save As… → Encoding → UTF-8)")
            }
            if byte == 10 {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 when it is ill-formed
    /// (overlong forms, surrogates and values past U+10FFFF included).
    private static func utf8SequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let first = bytes[index]
        if first < 0x80 { return 1 }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
            if byte < low || byte > high { return 0 }
        }
        return length
    }
}

extension String {
    /// The text with every CRLF pair read as LF (a lone CR is kept: it is not a line end here).
    fileprivate func replacingCRLF() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if previousWasCR && byte != 10 { bytes.append(13) }
            previousWasCR = byte == 13
            if !previousWasCR { bytes.append(byte) }
        }
        if previousWasCR { bytes.append(13) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The lines of the text, split at LF, without a last empty line after a final LF.
    func linesSplitAtLF() -> [Substring] {
        // Split on UTF-8 code units, not characters: a line end is one byte, and the text is long.
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == 0x0A {
                lines.append(self[start..<index])
                start = next
            }
            index = next
        }
        if start != utf8.endIndex { lines.append(self[start...]) }
        return lines
    }
}

/// A campaign source, decoded and split into lines.
///
/// Decoding is strict: the text must be UTF-8, without NUL bytes. A byte-order mark at the start is
/// dropped and CRLF line ends are read as LF, since editors on Windows write both.
///
/// A large source is decoded in pieces, side by side, each cut at a `page` line (`SourcePieces`), and
/// its structure is then read piece by piece too (`StructureReader`).
public struct SourceText: Sendable {
    /// The path used in diagnostics.
    public let path: String
    /// The lines of the text, without their line ends: views of the decoded pieces, not copies.
    public let lines: [Substring]
    /// The lines of each piece: consecutive runs that start at a `page` line (except the first), which
    /// can be read without the others.
    let pieces: [Range<Int>]

    /// The decoded text, with LF line ends and no byte-order mark, each line ended by LF. It is made
    /// again from the lines each time: only diagnostics need it, and only after a build.
    public var text: String {
        var text = lines.joined(separator: "\n")
        if !lines.isEmpty { text += "\n" }
        return text
    }

    /// Decodes `bytes`, reporting the first invalid UTF-8 sequence or NUL byte by line and column.
    public static func decode(_ bytes: [UInt8], path: String, diagnostics: inout Diagnostics) -> SourceText? {
        decode(bytes, path: path, pieceBytes: SourcePieces.minimumPieceBytes, diagnostics: &diagnostics)
    }

    /// `decode`, in pieces of at least `pieceBytes` where the source can be cut.
    static func decode(_ bytes: [UInt8], path: String, pieceBytes: Int, diagnostics: inout Diagnostics)
        -> SourceText?
    {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes[start...].starts(with: [0xFF, 0xFE]) || bytes[start...].starts(with: [0xFE, 0xFF]) {
            diagnostics.error(
                "the file is saved as UTF-16, not UTF-8", at: SourceLocation(file: path, line: 1, column: 1),
                notes: [Diagnostic.Note("save the file as UTF-8 text (in most editors: Save As… → Encoding → UTF-8)")])
            return nil
        }
        let decoded = bytes.withUnsafeBufferPointer { all in
            // Read only, and only until every piece is decoded.
            nonisolated(unsafe) let body = UnsafeBufferPointer(rebasing: all[start...])
            let cuts = SourcePieces.cuts(in: body, pieceBytes: pieceBytes)
            return cuts.indices.concurrentMap { index in
                let end = index + 1 < cuts.count ? cuts[index + 1] : body.count
                return decodePiece(UnsafeBufferPointer(rebasing: body[cuts[index]..<end]))
            }
        }
        var lines: [Substring] = []
        lines.reserveCapacity(decoded.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) })
        var ranges: [Range<Int>] = []
        for piece in decoded {
            switch piece {
            case .success(let pieceLines):
                ranges.append(lines.count..<lines.count + pieceLines.count)
                lines += pieceLines
            case .failure(let problem):
                let location = SourceLocation(file: path, line: lines.count + problem.line, column: problem.column)
                diagnostics.error(problem.message, at: location, notes: [Diagnostic.Note(problem.fix)])
                return nil
            }
        }
        return SourceText(path: path, lines: lines, pieces: ranges)
    }

    /// One piece decoded into its lines, or its first problem, with lines counted from the piece's start.
    private static func decodePiece(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[Substring], Problem> {
        // The slow walk that says where the problem is runs only when there is one.
        guard bytes.firstIndex(of: 0, from: 0) == nil, var text = validatedText(bytes) else {
            return .failure(
                firstProblem(in: bytes)
                    ?? Problem(
                        line: 1, column: 1, message: "the file is not valid UTF-8",
                        fix: "save the file as UTF-8 text (in most editors: Save As… → Encoding → UTF-8)"))
        }
        if bytes.firstIndex(of: 13, from: 0) != nil { text = text.replacingCRLF() }
        return .success(text.linesSplitAtLF())
    }

    /// The bytes as a string, or nil when they are not UTF-8. The standard library checks ASCII eight
    /// bytes at a time, but a buffer with one other character anywhere in it byte by byte, all of it
    /// (9 instructions a byte); a source is mostly ASCII with a character now and then (a typographic
    /// apostrophe), so it is made of its runs of ASCII, each made a string at once, and of the
    /// characters between them, each checked here (`utf8SequenceLength`) and appended alone.
    static func validatedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = ""
        text.reserveCapacity(bytes.count)
        var runStart = 0
        while let other = firstNonASCII(in: bytes, from: runStart) {
            if other > runStart {
                text += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<other]), as: UTF8.self)
            }
            var position = other
            while position < bytes.count && bytes[position] >= 0x80 {
                let length = utf8SequenceLength(bytes, at: position)
                guard length > 0 else { return nil }
                var value = UInt32(bytes[position]) & (0x7F >> UInt32(length))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                text.unicodeScalars.append(scalar)
                position += length
            }
            runStart = position
        }
        if runStart < bytes.count {
            text += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
        }
        return text
    }

    /// The first byte from `start` that is not ASCII, looked for eight at a time.
    private static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let high = word & WordBytes.highBits
            if high != 0 { return index + high.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return index }
            index += 1
        }
        return nil
    }

    /// A source made from text that is already decoded (tests and generated sources).
    public init(path: String, text: String) {
        self.path = path
        self.lines = text.linesSplitAtLF()
        self.pieces = [0..<lines.count]
    }

    private init(path: String, lines: [Substring], pieces: [Range<Int>]) {
        self.path = path
        self.lines = lines
        self.pieces = pieces
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
    private static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
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
    private static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
    /// Splitting on UTF-8 bytes keeps this linear and fast on large sources.
    func linesSplitAtLF() -> [Substring] {
        var lines: [Substring] = []
        var text = self
        text.makeContiguousUTF8()
        var start = text.utf8.startIndex
        var previousOffset = 0
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            while let newline = bytes.firstIndex(of: 10, from: offset) {
                // Moving a UTF-8 index forward by a byte count is constant time in a native string.
                let end = text.utf8.index(start, offsetBy: newline - previousOffset)
                lines.append(text[start..<end])
                start = text.utf8.index(after: end)
                previousOffset = newline + 1
                offset = newline + 1
            }
        }
        if start < text.utf8.endIndex { lines.append(text[start...]) }
        return lines
    }
}

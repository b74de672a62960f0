/// Characters that change how a source reads without showing themselves: control characters (an
/// escape, a form feed, a carriage return alone), and, where a value or a name is written, the
/// invisible format characters that reorder or hide text (right-to-left overrides, zero-width spaces,
/// line separators). Each is an error at its line and column, naming the character; and indentation
/// made of non-breaking spaces, which look like spaces, gets an error saying so.
enum SourceCharacters {
    static func check(_ source: SourceText, diagnostics: inout Diagnostics) {
        for (index, text) in source.lines.enumerated() where needsLook(text) {
            let line = SourceLine(number: index + 1, text: text)
            if line.isComment { continue }
            // Section text is Markdown, where right-to-left marks and the like have their uses; the
            // values, names and edition choices staff type are where they would deceive.
            let isText = line.indent >= 4 && !isEditionChoice(line.content)
            var column = 0
            var inIndentation = true
            for scalar in text.unicodeScalars {
                column += 1
                if inIndentation && (scalar == "\u{00A0}" || scalar == "\u{3000}") {
                    diagnostics.error(
                        "this line is indented with \(describe(scalar)), which looks like a space but is not one",
                        at: source.location(line: index + 1, column: column),
                        notes: [
                            Diagnostic.Note(
                                "retype the indentation with ordinary spaces (word processors put these in when text is pasted)"
                            )
                        ])
                    break
                }
                if scalar != " " && scalar != "\t" { inIndentation = false }
                // A tab in the indentation has an error of its own; in a value or a name it would reach
                // the editions' text and attributes as a raw tab.
                if scalar == "\t" && !inIndentation && !isText {
                    diagnostics.error(
                        "a tab in a value or a name", at: source.location(line: index + 1, column: column),
                        notes: [Diagnostic.Note("write a space instead")])
                    continue
                }
                guard isControl(scalar) || (!isText && isInvisibleFormat(scalar)) else { continue }
                diagnostics.error(
                    "\(describe(scalar)) in the source", at: source.location(line: index + 1, column: column),
                    notes: [
                        Diagnostic.Note(
                            "this character does not show, yet changes how the text reads; delete it (retype the text around it if need be)"
                        )
                    ])
            }
        }
    }

    /// Whether a line holds one of these characters, told from its UTF-8 bytes: most lines hold none,
    /// and many hold typographic quotes, which must not cost a look at every character.
    private static func needsLook(_ text: Substring) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            switch (beforePrevious, previous, byte) {
            case (_, 0xC2, 0x80...0xA0),  // C1 controls, U+00A0
                (0xE2, 0x80, 0x8B...0x8F), (0xE2, 0x80, 0xA8...0xAE),  // U+200B-200F, U+2028-202E
                (0xE2, 0x81, 0xA0...0xA4), (0xE2, 0x81, 0xA6...0xA9),  // U+2060-2064, U+2066-2069
                (0xE3, 0x80, 0x80), (0xEF, 0xBB, 0xBF), (_, 0xD8, 0x9C):  // U+3000, U+FEFF, U+061C
                return true
            default:
                break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func isEditionChoice(_ content: Substring) -> Bool {
        let lowered = content.lowercased()
        return ["only in:", "not in:", "heading only in:", "heading not in:"].contains { lowered.hasPrefix($0) }
    }

    /// C0 controls but the tab, DEL, and the C1 controls (NEL among them).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Characters with no look of their own that reorder, join or break text.
    static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0x061C, 0xFEFF: true
        default: false
        }
    }

    /// Whether diagnostics must show the character escaped rather than print it to a terminal.
    static func mustBeEscaped(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isInvisibleFormat(scalar)
    }

    /// `U+202E RIGHT-TO-LEFT OVERRIDE`, `U+001B ESCAPE`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        guard let name = scalar.properties.name ?? controlNames[scalar.value] else { return code }
        return "\(code) \(name)"
    }

    /// The names Unicode gives control characters as aliases (the standard library knows none of them).
    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x01: "START OF HEADING", 0x02: "START OF TEXT", 0x03: "END OF TEXT",
        0x04: "END OF TRANSMISSION", 0x05: "ENQUIRY", 0x06: "ACKNOWLEDGE", 0x07: "BELL", 0x08: "BACKSPACE",
        0x0A: "LINE FEED", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0D: "CARRIAGE RETURN",
        0x0E: "SHIFT OUT", 0x0F: "SHIFT IN", 0x10: "DATA LINK ESCAPE", 0x11: "DEVICE CONTROL ONE",
        0x12: "DEVICE CONTROL TWO", 0x13: "DEVICE CONTROL THREE", 0x14: "DEVICE CONTROL FOUR",
        0x15: "NEGATIVE ACKNOWLEDGE", 0x16: "SYNCHRONOUS IDLE", 0x17: "END OF TRANSMISSION BLOCK", 0x18: "CANCEL",
        0x19: "END OF MEDIUM", 0x1A: "SUBSTITUTE", 0x1B: "ESCAPE", 0x1C: "INFORMATION SEPARATOR FOUR",
        0x1D: "INFORMATION SEPARATOR THREE", 0x1E: "INFORMATION SEPARATOR TWO", 0x1F: "INFORMATION SEPARATOR ONE",
        0x7F: "DELETE", 0x85: "NEXT LINE", 0x9B: "CONTROL SEQUENCE INTRODUCER",
    ]
}

/// A place in a source file, as people count: lines and columns from 1, columns in Unicode characters.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    /// The file's path, as the user named it.
    public var file: String
    /// The line, from 1; 0 when the diagnostic is about the file as a whole.
    public var line: Int
    /// The column in Unicode characters, from 1; 0 when the diagnostic is about the file as a whole.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location that stands for the whole file (no line or column).
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// The diagnostics of one run, collected as the stages find them, so that every mistake in a
/// source is reported at once instead of one per build.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func error(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        emit(.error(message, at: location, notes: notes))
    }

    public mutating func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        emit(.warning(message, at: location, notes: notes))
    }

    public mutating func note(_ message: String, at location: SourceLocation) {
        emit(.note(message, at: location))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// The diagnostics in source order; for one place, in the order they were found.
    public var sorted: [Diagnostic] {
        all.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}

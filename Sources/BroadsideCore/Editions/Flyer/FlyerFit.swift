/// What the build says when the flyer does not fit its page: a warning, or an error when the `flyer`
/// block says `too long: error`.
enum FlyerFit {
    static func overflow(_ message: String, at location: SourceLocation, settings: FlyerSettings) -> Diagnostic {
        Diagnostic(
            settings.overflowIsError ? .error : .warning, message, at: location,
            notes: [
                Diagnostic.Note(
                    "shorten the text from here on, or leave some of it off the flyer with `not in: flyer`")
            ])
    }
}

/// Lists and quotes nested deeper than this are shown at this depth's indentation. Past a few levels
/// more indentation helps no reader, and it would make the text grow with the square of the depth.
enum NestingLimit {
    static let visibleLevels = 8
}

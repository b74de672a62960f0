/// Where a large source can be cut into pieces that are decoded and read side by side.
///
/// A piece after the first starts at a line `page …` at the left edge. Whatever came before, the
/// outline reads such a line the same way: it closes the section being read and opens a new page,
/// and the lines before it never look past it. So each piece reads alone exactly as it reads within
/// the whole source. That holds only after the last top-level line of any other kind (a `campaign`
/// block, a misspelt keyword, text that is not indented): the pages before such a line stay with it,
/// in one piece. The first `page` line is never a cut either, so the home page is in the first piece.
enum SourcePieces {
    /// Below this, a piece is not worth a thread of its own.
    static let minimumPieceBytes = 1 << 18

    /// The byte offsets where the pieces start: 0 first, then offsets of `page` lines, in order.
    static func cuts(in bytes: UnsafeBufferPointer<UInt8>, pieceBytes: Int = minimumPieceBytes) -> [Int] {
        guard bytes.count >= 2 * pieceBytes else { return [0] }
        var candidates: [Int] = []
        var seenPage = false
        var lineStart = 0
        while lineStart < bytes.count {
            switch kind(ofLineAt: lineStart, in: bytes) {
            case .indentedOrBlank:
                break
            case .page:
                if seenPage { candidates.append(lineStart) }
                seenPage = true
            case .otherTopLevel:
                candidates.removeAll(keepingCapacity: true)
            }
            guard let newline = bytes.firstIndex(of: 0x0A, from: lineStart) else { break }
            lineStart = newline + 1
        }
        var cuts = [0]
        for candidate in candidates where candidate - cuts[cuts.count - 1] >= pieceBytes {
            cuts.append(candidate)
        }
        if cuts.count > 1, bytes.count - cuts[cuts.count - 1] < pieceBytes / 2 { cuts.removeLast() }
        return cuts
    }

    private enum LineKind {
        case indentedOrBlank, page, otherTopLevel
    }

    private static func kind(ofLineAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> LineKind {
        switch bytes[start] {
        case 0x20, 0x09, 0x0A:
            return .indentedOrBlank
        case 0x0D where start + 1 < bytes.count && bytes[start + 1] == 0x0A:
            return .indentedOrBlank
        default:
            guard start + pagePrefix.count <= bytes.count else { return .otherTopLevel }
            for offset in pagePrefix.indices where bytes[start + offset] != pagePrefix[offset] {
                return .otherTopLevel
            }
            return .page
        }
    }

    private static let pagePrefix = Array("page ".utf8)
}

/// One token of a stylesheet, as CSS Syntax Level 3 (§4) defines them, with its escapes decoded: the
/// stylesheet check reads what a browser reads, not the text as written.
struct CSSToken: Equatable {
    enum Kind: Equatable {
        case ident, function, atKeyword, hash, string, badString, url, badURL, delim
        case number, percentage, dimension, whitespace, cdo, cdc
        case colon, semicolon, comma, openSquare, closeSquare, openParen, closeParen, openCurly, closeCurly
    }

    var kind: Kind
    /// The decoded name of an ident, function, at-keyword or hash; the decoded value of a string or a
    /// url; the character of a delim; empty otherwise.
    var value: String
    /// Where the token starts, counted in the stylesheet's characters after CSS's newline folding.
    var offset: Int

    /// The name as CSS compares names: ASCII letters folded, nothing else.
    var lowercasedValue: String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }
}

import CQREncode

/// A QR code, from libqrencode: which modules (squares) are dark, row by row.
struct QRCode {
    let size: Int
    private let dark: [Bool]

    /// The code of `text` (a web address) at error correction level M, which survives a crease or a
    /// smudge on a handed-out flyer; nil when the text is too long for any QR code.
    init?(_ text: String) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        size = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour (1 is dark); the other bits are libqrencode's own.
        dark = (0..<size * size).map { code.pointee.data[$0] & 1 == 1 }
    }

    func isDark(row: Int, column: Int) -> Bool {
        dark[row * size + column]
    }
}

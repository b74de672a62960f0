@testable import BroadsideCore

/// Pictures made for tests, in memory: smooth colour fields with a little seeded grain, which compress
/// the way photos do. No test campaign carries a real photo.
enum TestPictures {
    /// A deterministic generator (SplitMix64), so that every picture is the same on every run.
    struct Grain {
        var state: UInt64

        mutating func next() -> UInt8 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }

    /// Pixels `width` by `height`: a field of colour with a brighter disc off centre, and grain of
    /// `noise` levels either way (255 makes a picture of noise, which compresses hardly at all).
    static func pixels(width: Int, height: Int, seed: UInt64 = 1, noise: Int = 6, alpha: Bool = false) -> PixelImage {
        var grain = Grain(state: seed)
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let dx = Double(x) / Double(width) - 0.45
                let dy = Double(y) / Double(height) - 0.4
                let light = max(0, 1 - (dx * dx + dy * dy) * 4)
                let base = [40 + 150 * light, 70 + 120 * light, 120 + 80 * Double(x) / Double(width)]
                let offset = (y * width + x) * 4
                for channel in 0..<3 {
                    let jitter = Int(grain.next()) % (2 * noise + 1) - noise
                    rgba[offset + channel] = UInt8(clamping: Int(base[channel]) + jitter)
                }
                if alpha { rgba[offset + 3] = UInt8(clamping: 255 * x / max(1, width - 1)) }
            }
        }
        return PixelImage(width: width, height: height, rgba: rgba, hasAlpha: alpha)
    }

    static func jpeg(width: Int, height: Int, seed: UInt64 = 1, noise: Int = 6) -> [UInt8] {
        PictureCodec.encoded(pixels(width: width, height: height, seed: seed, noise: noise), as: .jpeg)!
    }

    static func png(width: Int, height: Int, seed: UInt64 = 1, alpha: Bool = false) -> [UInt8] {
        PictureCodec.encoded(pixels(width: width, height: height, seed: seed, alpha: alpha), as: .png)!
    }

    /// `jpeg` with an EXIF block saying the camera was turned (`orientation` 1 to 8), as phones write it.
    static func withOrientation(_ jpeg: [UInt8], _ orientation: UInt8) -> [UInt8] {
        // A big-endian TIFF header, one IFD with one entry: tag 0x0112 (Orientation), type SHORT, count 1.
        let tiff: [UInt8] = [
            0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01,
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ]
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        let length = payload.count + 2
        let segment: [UInt8] = [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
        return Array(jpeg[0..<2]) + segment + Array(jpeg[2...])
    }

    /// The width and height a PNG's header gives.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count > 24 else { return nil }
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    /// The size of a picture as the codec reads it (turned upright).
    static func size(_ bytes: [UInt8], _ format: Picture.Format) -> (width: Int, height: Int)? {
        guard case .success(let decoded) = PictureCodec.decode(bytes, as: format, longestSide: 100_000) else {
            return nil
        }
        return (decoded.pixels.width, decoded.pixels.height)
    }
}

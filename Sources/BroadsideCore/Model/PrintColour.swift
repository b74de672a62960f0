import Glibc

/// A colour written `#rrggbb`, with what it takes to read it as text on white paper.
public struct PrintColour: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init?(parsing text: String) {
        let digits = Array(text.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
            digits.dropFirst().allSatisfy({ Unicode.Scalar($0).properties.isASCIIHexDigit })
        else { return nil }
        func channel(_ start: Int) -> Double {
            Double(Int(String(decoding: digits[start..<start + 2], as: UTF8.self), radix: 16)!) / 255
        }
        red = channel(1)
        green = channel(3)
        blue = channel(5)
    }

    /// The contrast ratio with white, as WCAG defines it (1 to 21): 4.5 is enough for body text.
    public var contrastOnWhite: Double {
        func linear(_ value: Double) -> Double {
            value <= 0.039_28 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return 1.05 / (luminance + 0.05)
    }
}

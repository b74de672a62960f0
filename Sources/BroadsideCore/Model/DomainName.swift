/// A domain name as mail headers carry it: every label in ASCII, a label in another script written as
/// its IDNA A-label (`exämple` → `xn--exmple-cua`, RFC 3490/5891, Punycode RFC 3492). Letters are
/// lowercased first; the text is taken as written (in the composed form keyboards type).
enum DomainName {
    /// The ASCII form of `domain`, or nil when a label is empty, too long, or not letters, digits and
    /// hyphens once encoded.
    static func ascii(_ domain: String) -> String? {
        let labels = domain.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        var encoded: [String] = []
        for label in labels {
            guard !label.isEmpty else { return nil }
            let ascii = label.unicodeScalars.allSatisfy(\.isASCII) ? String(label) : "xn--" + punycode(label)
            guard ascii.utf8.count <= 63, !ascii.hasPrefix("-"), !ascii.hasSuffix("-"),
                ascii.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            else { return nil }
            encoded.append(ascii)
        }
        let joined = encoded.joined(separator: ".")
        return joined.utf8.count <= 253 ? joined : nil
    }

    /// RFC 3492's encoding of one label, without the `xn--` prefix.
    static func punycode(_ label: Substring) -> String {
        let base = 36
        let tMin = 1
        let tMax = 26
        let skew = 38
        let damp = 700
        let scalars = label.unicodeScalars.map(\.value)
        var output = scalars.filter { $0 < 0x80 }.map { Character(Unicode.Scalar($0)!) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append("-") }
        var n: UInt32 = 0x80
        var delta = 0
        var bias = 72

        func digit(_ value: Int) -> Character {
            Character(Unicode.Scalar(UInt8(value < 26 ? 97 + value : 22 + value)))
        }
        func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
            var delta = first ? delta / damp : delta / 2
            delta += delta / count
            var k = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }

        while handled < scalars.count {
            let next = scalars.filter { $0 >= n }.min()!
            delta += Int(next - n) * (handled + 1)
            n = next
            for scalar in scalars {
                if scalar < n { delta += 1 }
                guard scalar == n else { continue }
                var q = delta
                var k = base
                while true {
                    let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                    if q < t { break }
                    output.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.append(digit(q))
                bias = adapt(delta, handled + 1, handled == basicCount)
                delta = 0
                handled += 1
            }
            delta += 1
            n += 1
        }
        return String(output)
    }
}

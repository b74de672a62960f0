/// Each edition made alone, by name, so that the benchmark can time them one by one.
public enum StageTimings {
    public static let stages: [(name: String, edition: Edition)] = [
        ("web: site pages", .web),
        ("flyer: text and PDF", .flyer),
        ("email: text and message", .email),
    ]

    /// Makes only `edition` of the source in `bytes`, into memory; returns how many bytes it wrote.
    public static func render(_ edition: Edition, of bytes: [UInt8]) -> Int {
        let compilation = Broadside.compile(bytes, path: "stage.broadside", options: RenderOptions(editions: [edition]))
        return compilation.files?.reduce(0) { $0 + $1.contents.count } ?? 0
    }
}

import Foundation

/// The campaign's editions, made from `content/` by Broadside's build plugin during `swift build` and
/// bundled with this target as resources.
public enum CampaignEditions {
    /// The bundle that holds the editions: `site/`, `flyer.txt` and `email.txt`.
    public static var bundle: Bundle { .module }

    /// The URL of an edition's file, by its path in the output folder (`site/index.html`, `flyer.txt`, …).
    public static func url(of path: String) -> URL? {
        let url = bundle.bundleURL.appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

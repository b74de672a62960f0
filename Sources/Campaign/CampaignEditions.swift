import Foundation

/// The campaign's editions, made from `content/` by Broadside's build plugin during `swift build` and
/// bundled with this target as resources.
public enum CampaignEditions {
    /// The bundle that holds the editions, in its folder `editions/`: `site/`, `flyer.pdf`, `email.eml`, ….
    public static var bundle: Bundle { .module }

    /// The folder in the bundle that holds the editions (the build plugin declares it as one output).
    public static var folder: URL { bundle.bundleURL.appendingPathComponent("editions") }

    /// The URL of an edition's file, by its path in the output folder (`site/index.html`, `flyer.txt`, …).
    public static func url(of path: String) -> URL? {
        let url = folder.appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

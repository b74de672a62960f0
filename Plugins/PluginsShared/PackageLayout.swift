// This file is shared, through symlinks, by both plugins and by BroadsideCore: plugins cannot import
// libraries, and these names must be the same everywhere they are used. What each edition writes is
// not here: the editions declare their own files (Editions/Registry.swift), and the plugins declare
// the output folder as a whole, so that adding an edition touches no plugin.

/// Where a campaign's package keeps its source, and how Broadside marks the folders it writes.
enum PackageLayout {
    /// The folder, relative to the package, that holds the campaign source.
    static let contentFolder = "content"
    /// The extension of a campaign source file.
    static let sourceExtension = "broadside"
    /// The folder, in the build plugin's work folder, that the editions are written into.
    static let editionsFolder = "editions"
    /// Marks a folder as one that Broadside built, so that a rebuild may replace it.
    static let buildMarker = ".broadside-build"
}

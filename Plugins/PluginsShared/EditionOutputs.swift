// This file is shared, through symlinks, by both plugins and by BroadsideCore: plugins cannot import
// libraries, and the names of the files a build writes must be the same everywhere they are declared.

/// The names of what a Broadside build writes into its output folder.
enum EditionOutputs {
    /// The website edition: a folder of HTML pages and their stylesheet.
    static let siteFolder = "site"
    /// The flyer edition as plain text.
    static let flyerText = "flyer.txt"
    /// The flyer edition as a print-ready PDF.
    static let flyerPDF = "flyer.pdf"
    /// The email edition as plain text.
    static let emailText = "email.txt"
    /// The email edition as a MIME message, ready to send.
    static let emailMessage = "email.eml"
    /// Marks a folder as one that Broadside built, so that a rebuild may replace it.
    static let buildMarker = ".broadside-build"

    /// Every edition, in the order they are built.
    static let all = [siteFolder, flyerText, flyerPDF, emailText, emailMessage]

    /// The folder, relative to the package, that holds the campaign source.
    static let contentFolder = "content"
    /// The extension of a campaign source file.
    static let sourceExtension = "broadside"
}

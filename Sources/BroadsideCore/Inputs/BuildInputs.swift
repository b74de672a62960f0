/// Everything a build reads: the campaign source, the staff's stylesheet and the files the site ships
/// as they are, read up front, and the folder of the pictures the source names. The compiler reads
/// nothing else from disk, so a build can be repeated from the same inputs, in memory.
public struct BuildInputs: Sendable {
    public var source: InputFile
    /// `style.css` beside the source, when there is one.
    public var stylesheet: InputFile?
    /// The files of `site/` beside the source, which the site ships as they are (`ShippedFiles`), by
    /// their paths in the site.
    public var shippedFiles: [ShippedFile]
    /// Where the pictures the source names are: read when the source names them, once each.
    public var pictures: PictureFolder
    /// What earlier compiles made of the same pictures, when the caller keeps it (the preview).
    public var pictureCache: PictureCache?

    public init(
        source: InputFile, stylesheet: InputFile? = nil, shippedFiles: [ShippedFile] = [],
        pictures: PictureFolder = .none, pictureCache: PictureCache? = nil
    ) {
        self.source = source
        self.stylesheet = stylesheet
        self.shippedFiles = shippedFiles
        self.pictures = pictures
        self.pictureCache = pictureCache
    }

    /// A source given as text, with no stylesheet (tests and generated campaigns).
    public init(path: String, text: String) {
        self.init(source: InputFile(path: path, bytes: Array(text.utf8)))
    }

    /// Reads the source a command means (see `SourceFiles.locate`) and the stylesheet beside it.
    public static func read(_ argument: String?, currentDirectory: String) -> Result<BuildInputs, Diagnostic> {
        SourceFiles.locate(argument, currentDirectory: currentDirectory).flatMap { path in
            SourceFiles.read(path).flatMap { bytes in
                SourceFiles.stylesheet(besideSource: path).flatMap { stylesheet in
                    ShippedFiles.read(besideSource: path).map { shipped in
                        BuildInputs(
                            source: InputFile(path: path, bytes: bytes), stylesheet: stylesheet, shippedFiles: shipped,
                            pictures: .disk(SourceFiles.folderPath(of: path)))
                    }
                }
            }
        }
    }
}

/// One file a build reads: its path, as diagnostics name it, and its bytes.
public struct InputFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

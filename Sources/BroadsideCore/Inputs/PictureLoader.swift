/// Reads and checks the pictures a source names, each once however often it is named: the file must
/// be in the campaign's folder, be the PNG or JPEG its name says, within the size limits, and readable
/// to its end. Every problem is an error at the place the source names the picture.
final class PictureLoader {
    let folder: PictureFolder
    let cache: PictureCache?
    /// What each path gave, so that a picture named on many pages is read once (and a broken one is
    /// reported at each place, from the first reading).
    private var loaded: [String: Result<Picture, Diagnostic>] = [:]

    init(folder: PictureFolder, cache: PictureCache? = nil) {
        self.folder = folder
        self.cache = cache
    }

    /// The picture `written` names, or nil after an error at `location`.
    func load(_ written: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> Picture? {
        let path: String
        switch PictureReference.path(written) {
        case .success(let found): path = found
        case .failure(let problem):
            diagnostics.emit(Self.diagnostic(for: problem, written: written, at: location))
            return nil
        }
        let result = loaded[path] ?? read(path, at: location)
        loaded[path] = result
        switch result {
        case .success(let picture): return picture
        case .failure(var diagnostic):
            diagnostic.location = location
            diagnostics.emit(diagnostic)
            return nil
        }
    }

    private func read(_ path: String, at location: SourceLocation) -> Result<Picture, Diagnostic> {
        let claimed = PictureReference.format(ofName: path) ?? .jpeg
        var bytes: [UInt8]
        switch folder.read(path, limit: PictureLimits.mostBytes) {
        case .bytes(let read): bytes = read
        case .missing:
            return .failure(
                .error(
                    "there is no picture `\(path)` in the campaign's folder", at: location,
                    notes: [
                        Suggestions.closest(to: path, among: folder.neighbours(of: path)).map {
                            Diagnostic.Note("did you mean `\($0)`?")
                        }
                            ?? Diagnostic.Note(
                                "put the picture beside the source, and name it from there: `photo.jpg`, `photos/jane.jpg`"
                            )
                    ]))
        case .outside:
            return .failure(
                .error(
                    "`\(path)` is a link that leads out of the campaign's folder", at: location,
                    notes: [Diagnostic.Note("put the picture itself in the campaign's folder, not a link to it")]))
        case .notAFile:
            return .failure(.error("`\(path)` is a folder or a device, not a picture", at: location))
        case .tooLarge(let size):
            return .failure(
                .error(
                    "`\(path)` is \(SourceFiles.describeSize(size)); a picture may be at most \(PictureLimits.mostBytes >> 20) MiB",
                    at: location, notes: [Self.saveSmaller]))
        case .unreadable:
            return .failure(
                .error(
                    "`\(path)` cannot be read", at: location,
                    notes: [Diagnostic.Note("check that you have permission to read it")]))
        }
        switch PictureSniffer.kind(of: bytes) {
        case .picture(let format) where format == claimed:
            break
        case .picture(let format):
            return .failure(
                .error(
                    "`\(path)` holds a \(format.displayName) picture, not the \(claimed.displayName) its name says",
                    at: location,
                    notes: [Diagnostic.Note("rename the file to end in .\(format == .png ? "png" : "jpg")")]))
        case .other(let name):
            return .failure(
                .error(
                    "`\(path)` holds a \(name) picture, not the \(claimed.displayName) its name says", at: location,
                    notes: [Diagnostic.Note("Broadside takes PNG and JPEG pictures: save it as JPEG (a photo) or PNG")])
            )
        case .unknown:
            return .failure(
                .error(
                    "`\(path)` is not a picture: its bytes are not a \(claimed.displayName)'s", at: location,
                    notes: [
                        Diagnostic.Note(
                            "save the picture again as \(claimed.displayName) from the program that made it")
                    ]
                ))
        }
        if var known = cache?.picture(at: path, bytes: bytes) {
            known.location = location
            return .success(known)
        }
        let original = bytes
        if claimed == .jpeg {
            guard let end = PictureSniffer.jpegEnd(bytes) else {
                return .failure(Self.damaged(path, claimed, reason: "the file ends before the picture does"))
            }
            // What follows the picture (a phone's motion photo, padding) is not printed or published.
            bytes.removeSubrange(end...)
        }
        switch PictureCodec.decode(bytes, as: claimed, longestSide: Picture.workingSide) {
        case .failure(.tooManyPixels(let width, let height)):
            return .failure(
                .error(
                    "`\(path)` is \(width.grouped) × \(height.grouped) pixels (\((width * height / 1_000_000).grouped) megapixels); a picture may have at most \(PictureLimits.mostPixels / 1_000_000) megapixels and \(PictureLimits.longestSide.grouped) pixels a side",
                    at: location, notes: [Self.saveSmaller]))
        case .failure(.unreadable(let reason)):
            return .failure(Self.damaged(path, claimed, reason: reason))
        case .success(let decoded):
            let turned = decoded.orientation >= 5
            let picture = Picture(
                path: path, format: claimed, bytes: bytes,
                width: turned ? decoded.storedHeight : decoded.storedWidth,
                height: turned ? decoded.storedWidth : decoded.storedHeight, orientation: decoded.orientation,
                pixels: decoded.pixels, location: location)
            cache?.store(picture, readFrom: original)
            return .success(picture)
        }
    }

    private static func damaged(_ path: String, _ format: Picture.Format, reason: String) -> Diagnostic {
        .error(
            "`\(path)` could not be read as a \(format.displayName): \(reason)", at: .wholeFile(path),
            notes: [
                Diagnostic.Note("the file is damaged or cut short: copy it again, or save it again from the original")
            ])
    }

    private static let saveSmaller = Diagnostic.Note(
        "save it smaller: \(Picture.workingSide.grouped) pixels on the long side is plenty for print and for screens")

    private static func diagnostic(for problem: PictureReference.Problem, written: String, at location: SourceLocation)
        -> Diagnostic
    {
        switch problem {
        case .empty:
            return .error(
                "this picture names no file", at: location,
                notes: [
                    Diagnostic.Note(
                        "write the file's name from the source's folder: `![Jane at the library](photo.jpg)`")
                ])
        case .remote(let scheme) where scheme == "data":
            return .error(
                "a picture written into the source as `data:` is not published", at: location,
                notes: [
                    Diagnostic.Note(
                        "save the picture as a file beside the source and write its name: `![…](photo.jpg)`")
                ])
        case .remote:
            return .error(
                "`\(written.prefix(80))` is on another host; pictures come from the campaign's folder", at: location,
                notes: [
                    Diagnostic.Note(
                        "a picture from another host makes every reader's browser and mail program call that host: save it beside the source and write its file name, `![…](photo.jpg)`"
                    )
                ])
        case .absolute:
            return .error(
                "`\(written)` is an absolute path; a picture is named from the source's folder", at: location,
                notes: [Diagnostic.Note("put the picture beside the source and write `photo.jpg` or `photos/jane.jpg`")]
            )
        case .leavesFolder:
            return .error(
                "`\(written)` leads out of the campaign's folder", at: location,
                notes: [
                    Diagnostic.Note(
                        "the editions carry only pictures from the source's folder: move the picture there, and name it without `..`"
                    )
                ])
        case .notAPictureName(let path):
            return .error(
                "`\(path)` is not named as a PNG or JPEG picture", at: location,
                notes: [
                    Diagnostic.Note("Broadside takes pictures ending in .png, .jpg or .jpeg: save it as one of those")
                ])
        }
    }
}

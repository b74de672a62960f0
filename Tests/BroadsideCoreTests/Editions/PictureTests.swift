import Foundation
import Testing

@testable import BroadsideCore

/// Pictures in every edition, from a campaign whose pictures are held in memory.
@Suite("Pictures")
struct PictureTests {
    static let rally = TestPictures.jpeg(width: 1800, height: 1200, seed: 2)
    static let portrait = TestPictures.jpeg(width: 900, height: 1200, seed: 3)
    static let logo = TestPictures.png(width: 240, height: 120, seed: 4, alpha: true)

    static func source(site: Bool = true, photo: Bool = true) -> String {
        """
        campaign
          candidate: Jane Doe
          office: City Council
          tagline: Safe streets for everyone
          language: en
        \(site ? "  site: https://janedoe.example\n" : "")\(photo ? "  photo: photos/jane.jpg\n" : "")  paid for by: Friends of Jane Doe

        page Home
          section Hello
            I'm running for City Council.

            ![Jane at the rally](rally.jpg)

          section Our work
            Our logo, ![the campaign's logo](logo.png), is on every sign.

            ![The rally again](rally.jpg "Main Street")

        page For the email
          only in: email
          section Thanks
            ![Volunteers at the rally](rally.jpg)
        """
    }

    static let folder = PictureFolder.memory([
        "rally.jpg": rally, "photos/jane.jpg": portrait, "logo.png": logo,
    ])

    static func build(site: Bool = true, photo: Bool = true) throws -> (
        files: [String: OutputFile], diagnostics: Diagnostics
    ) {
        let compilation = Broadside.compile(
            BuildInputs(
                source: InputFile(path: "pictures.broadside", bytes: Array(source(site: site, photo: photo).utf8)),
                pictures: folder))
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) }), compilation.diagnostics)
    }

    @Test("the site carries each picture at 320, 640 and 1280 pixels and its own size, upright and without metadata")
    func siteCopies() throws {
        let files = try Self.build().files
        for (width, height) in [(320, 213), (640, 427), (1280, 853)] {
            let copy = try #require(files["site/pictures/\(width)/rally.jpg"]).contents
            #expect(TestPictures.size(copy, .jpeg)! == (width, height))
            #expect(copy.firstRange(of: Array("Exif".utf8)) == nil)
        }
        #expect(files["site/pictures/1800/rally.jpg"] == nil)
        // A picture narrower than 320 pixels keeps its own size, as a PNG with its transparency.
        let logo = try #require(files["site/pictures/240/logo.png"]).contents
        #expect(TestPictures.pngSize(logo)! == (240, 120))
        #expect(files["site/pictures/320/logo.png"] == nil)
        for width in [320, 640, 900] { #expect(files["site/pictures/\(width)/photos/jane.jpg"] != nil, "\(width)") }
    }

    @Test("an <img> has its alt text, size, srcset and sizes; past the first section it loads lazily")
    func imgMarkup() throws {
        let html = try #require(try Self.build().files["site/index.html"]).text
        #expect(
            html.contains(
                #"<img src="pictures/1280/rally.jpg" srcset="pictures/320/rally.jpg 320w, pictures/640/rally.jpg 640w, pictures/1280/rally.jpg 1280w" sizes="(min-width: 44rem) 40rem, 100vw" width="1280" height="853" alt="Jane at the rally" decoding="async">"#
            ))
        #expect(
            html.contains(
                #"<img src="pictures/240/logo.png" width="240" height="120" alt="the campaign’s logo" loading="lazy" decoding="async">"#
            ))
        #expect(html.contains(#"alt="The rally again" title="Main Street" loading="lazy" decoding="async">"#))
        // The portrait, beside the name, from the copy a screen of twice the density needs.
        #expect(
            html.contains(
                #"<img class="portrait" src="pictures/320/photos/jane.jpg" srcset="pictures/320/photos/jane.jpg 320w, pictures/640/photos/jane.jpg 640w, pictures/900/photos/jane.jpg 900w" sizes="10rem" width="320" height="427" alt="Photo of Jane Doe" decoding="async">"#
            ))
    }

    @Test("the email shows each picture from its largest copy on the site, which the site holds")
    func emailWithSite() throws {
        let files = try Self.build().files
        let html = try #require(files["email.html"]).text
        let sources = html.matches(of: /<img src="([^"]+)"/).map { String($0.output.1) }
        #expect(
            sources == [
                "https://janedoe.example/pictures/1280/rally.jpg", "https://janedoe.example/pictures/240/logo.png",
                "https://janedoe.example/pictures/1280/rally.jpg", "https://janedoe.example/pictures/1280/rally.jpg",
            ])
        for source in sources {
            #expect(files["site/" + source.dropFirst("https://janedoe.example/".count)] != nil, "\(source)")
        }
        #expect(html.contains(#"alt="Jane at the rally" width="568" height="379""#))
        let text = try #require(files["email.txt"]).text
        #expect(!text.contains("Jane at the rally") && !text.contains("Volunteers at the rally"))
        #expect(text.contains("Our logo, the campaign’s logo, is on every sign."))
    }

    @Test("without site:, the email leaves its pictures out and says so once")
    func emailWithoutSite() throws {
        let (files, diagnostics) = try Self.build(site: false)
        #expect(!(try #require(files["email.html"]).text.contains("<img")))
        let notes = diagnostics.all.filter { $0.message.contains("the email leaves out") }
        #expect(
            notes.map(\.message) == [
                "the email leaves out its 4 pictures: without a `site:` address, mail programs have nowhere to load them from; add `  site: https://…` under `campaign` to show them"
            ])
        #expect(notes.first?.location.line == 13)
        #expect(files["site/share.png"] == nil)
    }

    @Test("flyer.txt leaves out pictures alone in their paragraph and keeps the alt text of one among words")
    func flyerText() throws {
        let text = try #require(try Self.build().files["flyer.txt"]).text
        #expect(!text.contains("Jane at the rally") && !text.contains("The rally again"))
        #expect(text.contains("Our logo, the campaign’s logo, is on every sign."))
    }

    @Test("the PDF embeds the JPEG as it is (pdfimages), the portrait and the picture in place")
    func pdfEmbedsJPEG() throws {
        let files = try Self.build().files
        let folder = try ExternalTool.folder(with: [("flyer.pdf", try #require(files["flyer.pdf"]).contents)])
        let list = try ExternalTool.run(["pdfimages", "-list", "flyer.pdf"], in: folder)
        let rows = list.output.split(separator: "\n").dropFirst(2).map {
            $0.split(separator: " ", omittingEmptySubsequences: true)
        }
        // page num type width height color comp bpc enc …
        let images = rows.map { "\($0[3])x\($0[4]) \($0[8])" }
        #expect(images.contains("900x1200 jpeg"), "\(list.output)")
        #expect(images.contains("1800x1200 jpeg"), "\(list.output)")
        // Each picture once, however often it is drawn: the rally twice, one object.
        let objects = Set(rows.filter { $0[3] == "1800" }.map { $0[10] })
        #expect(objects.count == 1, "\(list.output)")
        let extract = try ExternalTool.run(["pdfimages", "-j", "flyer.pdf", "image"], in: folder)
        #expect(extract.status == 0)
        let extracted = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }
        let contents = try extracted.map { try [UInt8](Data(contentsOf: folder.appendingPathComponent($0))) }
        #expect(contents.contains(Self.rally) && contents.contains(Self.portrait))
    }

    @Test("share.png is 1200 × 630 and named in og:image and twitter:card")
    func shareCard() throws {
        let files = try Self.build().files
        let card = try #require(files["site/share.png"]).contents
        #expect(TestPictures.pngSize(card)! == (1200, 630))
        let html = try #require(files["site/index.html"]).text
        #expect(html.contains(#"<meta property="og:image" content="https://janedoe.example/share.png">"#))
        #expect(html.contains(#"<meta name="twitter:card" content="summary_large_image">"#))
    }

    @Test("a picture only a page off the site shows is on the site all the same, for the email")
    func pictureOfAnEmailOnlyPage() throws {
        let files = try Self.build().files
        #expect(files["site/for-the-email.html"] == nil)
        #expect(try #require(files["email.html"]).text.contains("Volunteers at the rally"))
    }

    @Test("a photo taken on its side is shown upright: the site's copies are turned, the sizes swapped")
    func orientation() throws {
        let turned = TestPictures.withOrientation(TestPictures.jpeg(width: 1200, height: 800, seed: 5), 6)
        let compilation = Broadside.compile(
            BuildInputs(
                source: InputFile(path: "turned.broadside", bytes: Array(Self.source(site: true).utf8)),
                pictures: .memory(["rally.jpg": turned, "photos/jane.jpg": Self.portrait, "logo.png": Self.logo])))
        let files = try #require(compilation.files)
        let copy = try #require(files.first { $0.path == "site/pictures/800/rally.jpg" }).contents
        #expect(TestPictures.size(copy, .jpeg)! == (800, 1200))
        #expect(compilation.campaign != nil)
    }

    @Test("what follows a JPEG's end (a motion photo's video) stays out of the PDF")
    func motionPhoto() throws {
        let video = [UInt8](repeating: 0x42, count: 300_000)
        let compilation = Broadside.compile(
            BuildInputs(
                source: InputFile(path: "motion.broadside", bytes: Array(Self.source().utf8)),
                pictures: .memory([
                    "rally.jpg": Self.rally + video, "photos/jane.jpg": Self.portrait, "logo.png": Self.logo,
                ])))
        let pdf = try #require(compilation.files?.first { $0.path == "flyer.pdf" }).contents
        #expect(pdf.firstRange(of: Array(video.prefix(1000))) == nil)
        #expect(pdf.firstRange(of: Self.rally) != nil)
    }

    @Test("a file over 20 MiB is refused before it is decoded, at the place that names it")
    func tooLargeFile() throws {
        let compilation = Broadside.compile(
            BuildInputs(
                source: InputFile(path: "big.broadside", bytes: Array(Self.source(photo: false).utf8)),
                pictures: .memory([
                    "rally.jpg": [UInt8](repeating: 0, count: (20 << 20) + 1), "logo.png": Self.logo,
                ])))
        let errors = compilation.diagnostics.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(
            errors == [
                "13:5: `rally.jpg` is 20.0 MiB + 1 byte; a picture may be at most 20 MiB",
                "18:5: `rally.jpg` is 20.0 MiB + 1 byte; a picture may be at most 20 MiB",
                "23:5: `rally.jpg` is 20.0 MiB + 1 byte; a picture may be at most 20 MiB",
            ])
    }

    @Test("a heavy picture gets one warning with its size and what the site carries")
    func heavyPicture() throws {
        let heavy = TestPictures.jpeg(width: 1600, height: 1200, seed: 6, noise: 120)
        #expect(heavy.count > 1 << 20)
        let compilation = Broadside.compile(
            BuildInputs(
                source: InputFile(path: "heavy.broadside", bytes: Array(Self.source(photo: false).utf8)),
                pictures: .memory(["rally.jpg": heavy, "logo.png": Self.logo])))
        let warnings = compilation.diagnostics.warnings.filter { $0.message.hasPrefix("`rally.jpg`") }
        #expect(warnings.count == 1)
        let message = try #require(warnings.first?.message)
        #expect(
            message.hasPrefix(
                "`rally.jpg` is \(SourceFiles.describeSize(heavy.count)), 1,600 × 1,200 pixels: the site carries it at 1,280 × 960 ("
            ))
        #expect(message.hasSuffix(" KB), and the flyer's PDF carries the whole file"))
        #expect(warnings.first?.location.line == 13)
    }

    @Test("a JPEG is complete only when it runs to its end marker")
    func jpegEnd() {
        let whole = TestPictures.jpeg(width: 64, height: 48)
        #expect(PictureSniffer.jpegEnd(whole) == whole.count)
        #expect(PictureSniffer.jpegEnd(whole + Array("motion photo data".utf8)) == whole.count)
        for cut in [whole.count - 2, whole.count / 2, 20, 3] {
            #expect(PictureSniffer.jpegEnd(Array(whole.prefix(cut))) == nil, "\(cut)")
        }
    }

    @Test("picture names: folders kept, escapes decoded, anything leaving the folder refused")
    func names() {
        #expect(PictureReference.path("photos/./jane%20doe.JPG") == .success("photos/jane doe.JPG"))
        #expect(PictureReference.path("https://x.org/a.jpg") == .failure(.remote(scheme: "https")))
        #expect(PictureReference.path("//x.org/a.jpg") == .failure(.remote(scheme: "https")))
        #expect(PictureReference.path("%2e%2e/a.jpg") == .failure(.leavesFolder))
        #expect(PictureReference.path("/a.jpg") == .failure(.absolute))
        #expect(PictureReference.path("a.gif") == .failure(.notAPictureName("a.gif")))
        #expect(PictureReference.path(".jpg") == .failure(.notAPictureName(".jpg")))
    }

    @Test("a cache kept between compiles gives the same files, and reads a changed picture afresh")
    func cacheBetweenCompiles() throws {
        let cache = PictureCache()
        func compile(_ folder: PictureFolder) throws -> [String: [UInt8]] {
            let compilation = Broadside.compile(
                BuildInputs(
                    source: InputFile(path: "cached.broadside", bytes: Array(Self.source().utf8)), pictures: folder,
                    pictureCache: cache))
            let files = try #require(compilation.files)
            return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        }
        let first = try compile(Self.folder)
        #expect(cache.reused == 0)
        let second = try compile(Self.folder)
        // The three pictures, and the seven copies the site has of them.
        #expect(cache.reused == 10)
        #expect(second == first)
        let changed = TestPictures.jpeg(width: 1800, height: 1200, seed: 99)
        let third = try compile(
            .memory(["rally.jpg": changed, "photos/jane.jpg": Self.portrait, "logo.png": Self.logo]))
        #expect(third["site/pictures/640/rally.jpg"] != first["site/pictures/640/rally.jpg"])
        #expect(third["site/pictures/640/photos/jane.jpg"] == first["site/pictures/640/photos/jane.jpg"])
        #expect(
            third
                == (try compile(
                    .memory(["rally.jpg": changed, "photos/jane.jpg": Self.portrait, "logo.png": Self.logo]))))
    }
}

/// One edition of the campaign, as a plug-in unit: its name, the files it writes, and how it makes
/// them from the campaign. The compiler makes one renderer per edition and build, hands it every
/// page in order (`add`), then asks for its files (`finish`). A renderer sees only the campaign and
/// the words; it never knows another edition.
///
/// Pages come one at a time so that a long campaign's Markdown trees are never all held at once: each
/// page's trees live while the editions take it, on the one thread that runs the build.
protocol EditionRenderer {
    /// The edition's name as staff write it in `only in:` and `not in:`.
    static var name: String { get }
    /// What the edition is, in a few words, for summaries and the benchmark.
    static var summary: String { get }
    /// The files and folders it writes, relative to the output folder.
    static var outputs: [String] { get }

    /// Starts the edition; what it finds missing in the campaign for its own sake goes in `diagnostics`.
    init(_ context: EditionContext, diagnostics: inout Diagnostics)
    /// Takes the next page, in source order.
    mutating func add(_ page: ParsedPage, diagnostics: inout Diagnostics)
    /// The edition's files, once every page has been added.
    mutating func finish(diagnostics: inout Diagnostics) -> [OutputFile]
    /// What it built, in a few words for the build's closing line (`site (4 pages)`), once finished.
    var builtSummary: String { get }
}

/// What every renderer is made with: the campaign, the words to print, which edition it is, and the
/// checked inputs and options of the build.
struct EditionContext {
    let campaign: Campaign
    let words: Words
    /// The edition being made, to ask the campaign what it carries.
    let edition: Edition
    /// The staff's own `style.css`, read and checked with the source.
    let stylesheet: CustomStylesheet?
    /// The files `content/site/` holds, which the site ships as they are (by their paths in the site).
    var shippedFiles: [ShippedFile] = []
    let options: RenderOptions
    /// Which of the campaign's languages these editions are in, and where they go.
    var languages = EditionLanguages.single("en")
    /// What earlier compiles made of the same pictures (the preview keeps one).
    var pictureCache: PictureCache? = nil

    var metadata: Metadata { campaign.metadata }

    /// "Jane Doe for City Council".
    var candidateForOffice: String { words.candidateForOffice(metadata.candidate, metadata.office) }

    /// "Paid for by …", when the campaign says who paid.
    var disclaimer: String? { metadata.paidForBy.map(words.paidForBy) }

    /// The lines every edition's footer carries: the contact line and the disclaimer, when given.
    var footerLines: [String] { [metadata.contact, disclaimer].compactMap { $0 } }
}

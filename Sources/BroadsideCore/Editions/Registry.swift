/// Every edition Broadside makes, in the order they are built. Adding an edition is a folder under
/// `Editions/` with a type that conforms to `EditionRenderer`, and one line here: the names the
/// parser accepts in `only in:`, its "did you mean", the sets of editions, the benchmark's stages and
/// the command line's summaries all come from this list.
enum EditionRegistry {
    static var renderers: [any EditionRenderer.Type] {
        [
            WebEdition.self,
            FlyerEdition.self,
            EmailEdition.self,
        ]
    }

    /// The names staff can write in `only in:`, in the registry's order.
    static var names: [String] { renderers.map { $0.name } }
}

extension Edition {
    /// What the edition is, in a few words (`the website`, `the flyer: text and PDF`).
    public var summary: String { EditionRegistry.renderers[index].summary }

    /// The files and folders the edition writes, relative to the output folder.
    public var outputs: [String] { EditionRegistry.renderers[index].outputs }
}

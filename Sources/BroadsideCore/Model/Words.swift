/// The words the editions print themselves, in one language: everything a reader sees that the
/// campaign's source did not write. No edition writes such a word as a literal; each asks this table,
/// so a campaign in another language gets them in its own (languages are added in `Words.table`).
public struct Words: Sendable, Hashable {
    /// The language these words are in, as a BCP 47 tag (`en`).
    public var language: String
    /// "Jane Doe for City Council": how titles and signatures name the candidate and the office.
    public var candidateForOffice: @Sendable (_ candidate: String, _ office: String) -> String
    /// "for City Council": the office under the candidate's name in the site's header.
    public var forOffice: @Sendable (_ office: String) -> String
    /// "Paid for by Friends of Jane Doe": the disclaimer on printed material and email.
    public var paidForBy: @Sendable (_ payer: String) -> String
    /// The link that lets keyboard and screen-reader users skip past the navigation.
    public var skipToMainContent: String
    /// The calls to action's words, on buttons and in print.
    public var donate: String
    public var volunteer: String
    /// "Vote Tuesday, November 3, 2026": the call to vote on election day.
    public var voteOn: @Sendable (_ date: ElectionDate) -> String
    /// The accessible name of the site's list of pages.
    public var pagesNavigation: String
    /// The page that lists every page of a large site, and its link in the navigation.
    public var allPages: String
    /// The 404 page's title and heading.
    public var pageNotFound: String
    /// The 404 page's text before and after its link to the home page.
    public var pageNotFoundBeforeLink: String
    public var homePage: String
    public var pageNotFoundAfterLink: String
    /// The heading over the email's numbered link addresses.
    public var links: String
    /// "Subject", before the subject on the first line of `email.txt`.
    public var subject: String
    /// What a mail program that cannot show MIME parts shows instead of the message.
    public var mimePreamble: String
    /// The email's link to leave the list.
    public var unsubscribe: String
    /// The email's link to its copy on the site, for a reader whose mail program mangles it.
    public var viewInBrowser: String
    /// "Photo of Jane Doe": the alt text of the candidate's portrait.
    public var photoOf: @Sendable (_ candidate: String) -> String
    /// The language's name in itself ("English", "Español"), in the site's language switcher.
    public var languageName: String
    /// The accessible name of the site's language switcher.
    public var languagesNavigation: String

    /// Joins a page's name and the site's name in a title: "Plans — Jane Doe for City Council".
    public func title(_ page: String, site: String) -> String {
        "\(page) — \(site)"
    }

    public static func == (left: Words, right: Words) -> Bool { left.language == right.language }
    public func hash(into hasher: inout Hasher) { hasher.combine(language) }

    /// The words for `language` (a tag such as `en` or `en-US`): those of its primary language when
    /// the table has them, else English.
    public static func forLanguage(_ language: String) -> Words {
        builtIn(language) ?? english
    }

    /// Every language the table has words for.
    public static let table: [Words] = [english, spanish]

    /// The words Broadside has for `language` (by its primary language), if any.
    public static func builtIn(_ language: String) -> Words? {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return table.first { $0.language == primary }
    }

    public static let english = Words(
        language: "en",
        candidateForOffice: { candidate, office in "\(candidate) for \(office)" },
        forOffice: { office in "for \(office)" },
        paidForBy: { payer in "Paid for by \(payer)" },
        skipToMainContent: "Skip to main content",
        donate: "Donate",
        volunteer: "Volunteer",
        voteOn: { date in
            let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            let months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
            return "Vote \(weekdays[date.weekday]), \(months[date.month - 1]) \(date.day), \(date.year)"
        },
        pagesNavigation: "Pages",
        allPages: "All pages",
        pageNotFound: "Page not found",
        pageNotFoundBeforeLink: "There is no page at this address. The pages of this site are listed above; the",
        homePage: "home page",
        pageNotFoundAfterLink: "is a good place to start.",
        links: "Links",
        subject: "Subject",
        mimePreamble: "This is a message in MIME format: a plain text part and an HTML part.",
        unsubscribe: "Unsubscribe",
        viewInBrowser: "View this email in your browser",
        photoOf: { candidate in "Photo of \(candidate)" },
        languageName: "English",
        languagesNavigation: "Languages"
    )

    public static let spanish = Words(
        language: "es",
        candidateForOffice: { candidate, office in "\(candidate) para \(office)" },
        forOffice: { office in "para \(office)" },
        paidForBy: { payer in "Pagado por \(payer)" },
        skipToMainContent: "Saltar al contenido principal",
        donate: "Donar",
        volunteer: "Voluntariado",
        voteOn: { date in
            let weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
            let months = [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ]
            return "Vote el \(weekdays[date.weekday]) \(date.day) de \(months[date.month - 1]) de \(date.year)"
        },
        pagesNavigation: "Páginas",
        allPages: "Todas las páginas",
        pageNotFound: "Página no encontrada",
        pageNotFoundBeforeLink: "No hay ninguna página en esta dirección. Las páginas del sitio aparecen arriba; la",
        homePage: "página de inicio",
        pageNotFoundAfterLink: "es un buen lugar para empezar.",
        links: "Enlaces",
        subject: "Asunto",
        mimePreamble: "Este es un mensaje en formato MIME: una parte de texto sin formato y una parte HTML.",
        unsubscribe: "Darse de baja",
        viewInBrowser: "Ver este correo en su navegador",
        photoOf: { candidate in "Foto de \(candidate)" },
        languageName: "Español",
        languagesNavigation: "Idiomas"
    )
}

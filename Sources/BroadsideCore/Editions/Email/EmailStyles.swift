/// The email's look, as inline styles: mail programs drop or ignore `<style>` sheets, so every element
/// carries its own. Text is dark on white, one column at most 600 px wide, readable on a phone (a long
/// address in the text breaks rather than widen the column).
enum EmailStyles {
    static let body = "margin:0;padding:0;background-color:#ffffff;"
    static let column =
        "max-width:600px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1f;overflow-wrap:break-word;word-wrap:break-word;"
    static let preheader =
        "display:none;max-height:0;overflow:hidden;opacity:0;color:#ffffff;font-size:1px;line-height:1px;"
    static let title = "margin:0 0 8px;font-size:26px;line-height:1.25;color:#1b1b1f;"
    static let tagline = "margin:0 0 24px;font-size:18px;color:#4a4a55;"
    static let election = "margin:-16px 0 24px;font-size:16px;font-weight:bold;color:#0b4f9c;"
    static let pageTitle = "margin:32px 0 8px;font-size:24px;line-height:1.25;color:#1b1b1f;"
    static let sectionHeading = "margin:28px 0 8px;font-size:21px;line-height:1.3;color:#1b1b1f;"
    static let footer = "margin:32px 0 0;padding-top:12px;border-top:1px solid #d0d4dc;font-size:14px;color:#4a4a55;"
    static let footerLine = "margin:0 0 4px;"
    static let viewInBrowser = "margin:0 0 16px;font-size:13px;color:#4a4a55;"
    /// The calls to action: a row of painted cells, each holding its link.
    static let buttons = "margin:24px 0 0;border-collapse:separate;border-spacing:0;"
    static let buttonCell = "background-color:#0b4f9c;border-radius:6px;"
    static let buttonLink =
        "display:inline-block;padding:12px 22px;color:#ffffff;font-weight:bold;font-size:16px;text-decoration:none;"

    /// A picture: no wider than the column (600 px less its padding), scaled down on a phone; its
    /// width in pixels for mail programs that ignore styles.
    static let pictureWidth = 568
    static let picture = "max-width:100%;height:auto;border:0;vertical-align:middle;"

    /// The style for each element cmark writes in a body.
    static let elements: [String: String] = [
        "p": "margin:0 0 16px;",
        "h3": "margin:24px 0 8px;font-size:18px;line-height:1.3;",
        "h4": "margin:20px 0 8px;font-size:16px;",
        "h5": "margin:16px 0 8px;font-size:16px;",
        "h6": "margin:16px 0 8px;font-size:16px;",
        "ul": "margin:0 0 16px;padding-left:24px;",
        "ol": "margin:0 0 16px;padding-left:24px;",
        "li": "margin:0 0 8px;",
        "blockquote": "margin:0 0 16px;padding-left:12px;border-left:4px solid #d0d4dc;color:#4a4a55;",
        "pre": "margin:0 0 16px;padding:8px;background-color:#f3f4f6;overflow-x:auto;white-space:pre-wrap;",
        "code": "font-family:Menlo,Consolas,monospace;font-size:14px;",
        "a": "color:#0b4f9c;text-decoration:underline;",
        "hr": "border:0;border-top:1px solid #d0d4dc;margin:24px 0;",
    ]
}

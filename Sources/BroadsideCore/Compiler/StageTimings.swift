/// Each edition's renderer by name, so that the benchmark can time them one by one.
public enum StageTimings {
    public static let stages: [(name: String, render: @Sendable (Campaign) -> Void)] = [
        (
            "web: site pages",
            { campaign in
                var diagnostics = Diagnostics()
                _ = WebEdition.render(campaign, customStylesheet: nil, diagnostics: &diagnostics)
            }
        ),
        ("flyer: model", { _ = FlyerEdition.model($0) }),
        ("flyer: text", { _ = FlyerEdition.renderText(FlyerEdition.model($0)) }),
        (
            "flyer: PDF",
            { campaign in
                _ = FlyerPDF.render(FlyerEdition.model(campaign), title: "", author: "", creationDate: nil)
            }
        ),
        ("email: text", { _ = EmailEdition.body($0) }),
        ("email: HTML part", { _ = EmailHTML.render($0) }),
        (
            "email: message",
            { campaign in
                _ = EmailMessage.render(
                    campaign, body: EmailEdition.body(campaign), html: EmailHTML.render(campaign), date: nil)
            }
        ),
    ]
}

import Dispatch
import Synchronization

/// Each edition's files, with the diagnostics its renderer found. The editions know nothing of each
/// other, so they are rendered side by side.
enum EditionFiles {
    struct Result: Sendable {
        var files: [OutputFile] = []
        var diagnostics = Diagnostics()
    }

    static func render(_ edition: Edition, _ campaign: Campaign, options: RenderOptions) -> Result {
        switch edition {
        case .web: web(campaign, options: options)
        case .flyer: flyer(campaign, options: options)
        case .email: email(campaign, options: options)
        }
    }

    private static func web(_ campaign: Campaign, options: RenderOptions) -> Result {
        var result = Result()
        options.customStylesheet?.check(diagnostics: &result.diagnostics)
        result.files = WebEdition.render(
            campaign, customStylesheet: options.customStylesheet, diagnostics: &result.diagnostics
        )
        .map { OutputFile(path: "\(EditionOutputs.siteFolder)/\($0.path)", text: $0.contents) }
        return result
    }

    private static func flyer(_ campaign: Campaign, options: RenderOptions) -> Result {
        var result = Result()
        let model = FlyerEdition.model(campaign)
        let text = FlyerEdition.renderText(model)
        if let place = text.overflow {
            result.diagnostics.emit(
                FlyerFit.overflow(
                    "the flyer no longer fits one page (\(text.lineCount) of \(campaign.flyer.lines) lines); it overflows from here",
                    at: place, settings: campaign.flyer))
        }
        result.files.append(OutputFile(path: EditionOutputs.flyerText, text: text.text))
        guard options.drawsFlyerPDF else { return result }
        let metadata = campaign.metadata
        switch FlyerPDF.render(
            model, title: "\(metadata.candidateForOffice): \(metadata.tagline)", author: metadata.candidate,
            creationDate: options.sourceDateEpoch)
        {
        case .success(let output):
            if let place = output.overflow {
                result.diagnostics.emit(
                    FlyerFit.overflow(
                        "the printed flyer no longer fits one page, even in \(FlyerTypography.smallestBodySize.formatted) pt type; it overflows from here",
                        at: place, settings: campaign.flyer))
            }
            result.files.append(OutputFile(path: EditionOutputs.flyerPDF, contents: output.pdf))
            if text.overflow == nil && output.overflow == nil {
                // How much room is left tells the staff how much they may still add.
                result.diagnostics.note(
                    "the flyer fits one page: \(text.lineCount) of \(campaign.flyer.lines) lines of text, and the PDF is set in \(output.bodySize.formatted) pt type",
                    at: campaign.flyer.location)
            }
        case .failure(.missingFont(let family, let loaded)):
            result.diagnostics.error(
                "the flyer's font \(family) is not installed (the system offered \(loaded) instead)",
                at: campaign.flyer.location,
                notes: [Diagnostic.Note("install it: sudo apt-get install \(FlyerTypography.fontPackage)")])
        case .failure(.cairo):
            result.diagnostics.error("Cairo could not write the flyer's PDF", at: campaign.flyer.location)
        }
        return result
    }

    private static func email(_ campaign: Campaign, options: RenderOptions) -> Result {
        var result = Result()
        // The text and the HTML part are independent, and the email is the longest edition to make.
        let parts = Mutex<(body: EmailEdition.Body?, html: String?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let body = EmailEdition.body(campaign)
                parts.withLock { $0.body = body }
            } else {
                let html = EmailHTML.render(campaign)
                parts.withLock { $0.html = html }
            }
        }
        let (body, html) = parts.withLock { ($0.body!, $0.html!) }
        result.files.append(
            OutputFile(path: EditionOutputs.emailText, text: EmailEdition.text(campaign, body: body)))
        let message = EmailMessage.render(campaign, body: body, html: html, date: options.sourceDateEpoch)
        result.files.append(OutputFile(path: EditionOutputs.emailMessage, contents: message))
        return result
    }
}

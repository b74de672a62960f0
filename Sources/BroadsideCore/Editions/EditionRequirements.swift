/// Metadata that the printed and mailed editions usually need, checked once per build: each missing
/// piece is one warning, at the block that should hold it.
enum EditionRequirements {
    static func check(_ campaign: Campaign, diagnostics: inout Diagnostics) {
        if campaign.metadata.paidForBy == nil {
            diagnostics.warning(
                "no `paid for by:` disclaimer: printed campaign material and campaign email usually need one",
                at: campaign.metadata.location,
                notes: [
                    Diagnostic.Note(
                        "add `  paid for by: …` under `campaign` (as the law where you campaign words it); the flyer and the email then carry \"Paid for by …\""
                    )
                ])
        }
        if campaign.email.from == nil {
            diagnostics.warning(
                "no sender address for the email: email.eml has no From line",
                at: campaign.email.location,
                notes: [
                    Diagnostic.Note(
                        "add an `email` block with `  from: Name <address@example.org>` to send it as it is")
                ])
        }
    }
}

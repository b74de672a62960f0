/// Facts that printed and mailed material usually needs, checked once per build.
enum CampaignRequirements {
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
    }
}

/// Draws a laid-out flyer: the PDF, tagged for screen readers with its links clickable, or one side of
/// it again as a picture.
struct FlyerDrawing {
    let layout: FlyerLayout
    let model: FlyerModel
    let canvas: PDFCanvas
    let frame: FlyerLayout.Frame

    /// Every side, one PDF page each, inside one tagged document.
    func drawDocument() {
        canvas.tagged("Document") {
            for side in layout.sides.indices {
                if side > 0 { canvas.newPage() }
                drawSide(side)
            }
        }
    }

    func drawSide(_ side: Int) {
        let typography = FlyerTypography(bodySize: layout.bodySize)
        if side == 0 { drawMasthead(typography) }
        for item in layout.sides[side] {
            canvas.tagged(Self.structure(of: item.block)) {
                if let marker = item.marker { canvas.draw(marker, x: item.x - marker.width - 3, y: item.y) }
                for depth in 0..<item.block.quoteDepth {
                    canvas.bar(
                        x: frame.left + Double(depth) * layout.bodySize * 1.2, y: item.y, height: item.height,
                        gray: 0.55)
                }
                if let box = item.box { canvas.draw(box, x: item.x, y: item.y) }
                if let picture = item.block.picture, let size = item.pictureSize {
                    canvas.draw(picture, x: item.x, y: item.y, width: size.width, height: size.height)
                }
            }
        }
        if side == layout.sides.count - 1 { drawPanel(typography) }
    }

    private func drawMasthead(_ typography: FlyerTypography) {
        let masthead = layout.masthead
        var y = frame.top
        var left = frame.left
        if let photo = model.masthead.photo, let size = masthead.portrait {
            canvas.tagged("Figure") { canvas.draw(photo, x: left, y: y, width: size.width, height: size.height) }
            left += size.width + typography.bodySize * 1.2
        }
        canvas.tagged("H1") { canvas.draw(masthead.name, x: left, y: y) }
        y += masthead.name.height
        canvas.tagged("P") { canvas.draw(masthead.office, x: left, y: y) }
        y += masthead.office.height
        if let election = masthead.election {
            y += typography.bodySize * 0.2
            canvas.tagged("P") { canvas.draw(election, x: left, y: y, color: model.settings.accent) }
            y += election.height
        }
        y = max(y, frame.top + (masthead.portrait?.height ?? 0))
        y += typography.bodySize * 0.5
        canvas.fill(x: frame.left, y: y, width: frame.width, height: 3, color: model.settings.accent)
    }

    /// The call to action (QR code, address, contact) and the disclaimer box, at the foot of the side.
    private func drawPanel(_ typography: FlyerTypography) {
        let panel = layout.panel
        var y = frame.bottom - panel.height
        if panel.actionHeight > 0 {
            let textX = frame.left + (panel.qrCode == nil ? 0 : panel.qrSize + typography.bodySize)
            var textY = y
            let link = model.callToAction.link.map { "uri='\(Self.escapedAttribute($0))'" }
            if let code = panel.qrCode {
                let draw = { self.drawQRCode(code, x: frame.left, y: y, size: panel.qrSize) }
                if let link {
                    canvas.tagged("Link", attributes: link) { canvas.tagged("Figure", draw) }
                } else {
                    draw()
                }
            }
            if let address = panel.address {
                let draw = { canvas.draw(address, x: textX, y: textY, color: model.settings.accent) }
                canvas.tagged("P") { if let link { canvas.tagged("Link", attributes: link, draw) } else { draw() } }
                textY += address.height
            }
            if let contact = panel.contact { canvas.tagged("P") { canvas.draw(contact, x: textX, y: textY) } }
            y += panel.actionHeight + panel.gap
        }
        if let disclaimer = panel.disclaimer {
            let padding = FlyerTypography.disclaimerSize / 2
            canvas.stroke(x: frame.left, y: y, width: frame.width, height: panel.boxHeight, lineWidth: 1)
            canvas.tagged("P") { canvas.draw(disclaimer, x: frame.left + padding, y: y + padding) }
        }
    }

    /// The code as black squares, with no gap between them, inside its quiet zone (which is white paper).
    private func drawQRCode(_ code: QRCode, x: Double, y: Double, size: Double) {
        let module = size / Double(code.size)
        for row in 0..<code.size {
            var column = 0
            while column < code.size {
                guard code.isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < code.size && code.isDark(row: row, column: column) { column += 1 }
                canvas.fill(
                    x: x + Double(start) * module, y: y + Double(row) * module, width: Double(column - start) * module,
                    height: module, color: (0, 0, 0))
            }
        }
    }

    /// The PDF structure type of a block.
    private static func structure(of block: FlyerModel.Block) -> String {
        switch block.role {
        case .tagline: "P"
        case .pageTitle: "H2"
        case .heading(let level): "H\(min(6, level + 1))"
        case .paragraph, .code, .rule: block.quoteDepth > 0 ? "BlockQuote" : "P"
        case .picture: "Figure"
        }
    }

    /// A value for Cairo's attribute syntax: inside single quotes, with `\` and `'` escaped.
    private static func escapedAttribute(_ value: String) -> String {
        value.replacing("\\", with: "\\\\").replacing("'", with: "\\'")
    }
}

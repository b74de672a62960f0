/// Where everything on the printed flyer goes, at one body size: the masthead on the front, the blocks
/// down the front and, when they need it, the back, and the call to action with the disclaimer at the
/// foot of the last side.
struct FlyerLayout {
    struct Frame {
        var left: Double
        var top: Double
        var width: Double
        var bottom: Double
    }

    struct PlacedBlock {
        var block: FlyerModel.Block
        /// The block's words, laid out; nil for a picture.
        var box: TextBox?
        var marker: TextBox?
        var x: Double
        var y: Double
        /// The picture's printed size, for a picture.
        var pictureSize: (width: Double, height: Double)? = nil

        var height: Double { pictureSize?.height ?? box?.height ?? 0 }
    }

    struct Masthead {
        var name: TextBox
        var office: TextBox
        var election: TextBox?
        /// The portrait's printed size, when the campaign has one: it stands left of the words.
        var portrait: (width: Double, height: Double)?
        /// From the frame's top to where the blocks start.
        var height: Double
    }

    struct Panel {
        var qrCode: QRCode?
        var qrSize: Double
        var address: TextBox?
        var contact: TextBox?
        var disclaimer: TextBox?
        /// The call to action's height, and the disclaimer box's under it.
        var actionHeight: Double
        var boxHeight: Double
        var gap: Double
        var height: Double { actionHeight + (actionHeight > 0 && boxHeight > 0 ? gap : 0) + boxHeight }
    }

    let bodySize: Double
    var sides: [[PlacedBlock]]
    let masthead: Masthead
    let panel: Panel
    /// The first block that fits on no side, if any.
    var overflowIndex: Int?

    /// The largest body size, in steps down to the floor, at which the flyer fits one side, else two
    /// (unless `sides: 1`). Heights only grow with the size, so each is a binary search, and each trial
    /// stops at the first block that does not fit: a flyer ten pages too long costs no more than one
    /// that fits.
    static func fitting(_ model: FlyerModel, canvas: PDFCanvas, frame: Frame) -> Result<FlyerLayout, FlyerPDF.Failure> {
        let steps = Int((FlyerTypography.largestBodySize - FlyerTypography.smallestBodySize) / FlyerTypography.step)
        func size(_ step: Int) -> Double { FlyerTypography.smallestBodySize + Double(step) * FlyerTypography.step }
        var smallest: FlyerLayout?
        for sides in 1...max(1, min(2, model.settings.sides)) {
            func trial(_ step: Int) -> FlyerLayout {
                FlyerLayout(model, bodySize: size(step), sides: sides, canvas: canvas, frame: frame)
            }
            let floor = trial(0)
            smallest = floor
            guard floor.overflowIndex == nil else { continue }
            var best = floor
            var low = 0
            var high = steps
            while low < high {
                let middle = (low + high + 1) / 2
                let attempt = trial(middle)
                if attempt.overflowIndex == nil {
                    low = middle
                    best = attempt
                } else {
                    high = middle - 1
                }
            }
            best.spreadOut(frame: frame)
            return .success(best)
        }
        let index = smallest?.overflowIndex ?? 0
        let location = index < model.blocks.count ? model.blocks[index].location : model.settings.location
        return .failure(.doesNotFit(location: location, sides: max(1, min(2, model.settings.sides))))
    }

    init(_ model: FlyerModel, bodySize: Double, sides allowed: Int, canvas: PDFCanvas, frame: Frame) {
        self.bodySize = bodySize
        let typography = FlyerTypography(bodySize: bodySize)
        masthead = Self.masthead(model.masthead, typography: typography, canvas: canvas, width: frame.width)
        panel = Self.panel(model.callToAction, typography: typography, canvas: canvas, frame: frame)
        sides = [[]]
        var y = frame.top + masthead.height
        var bottom = allowed == 1 ? frame.bottom - panel.height - bodySize : frame.bottom
        var previous: FlyerModel.Block?
        for (index, block) in model.blocks.enumerated() {
            let indent = typography.indent(block)
            // No side holds more than a few thousand characters: a longer block cannot fit, and laying
            // out megabytes of it would only take time.
            let (markup, cut) = PangoMarkup.markup(block.runs, limit: PangoMarkup.characterLimit)
            var placed = PlacedBlock(block: block, box: nil, marker: nil, x: frame.left + indent, y: 0)
            if let picture = block.picture {
                placed.pictureSize = Self.fit(picture, width: frame.width - indent, height: typography.pictureHeight)
            } else {
                placed.box = canvas.layout(
                    markup: markup, font: typography.font(for: block), width: frame.width - indent,
                    lineSpacing: block.isHeading ? 1.0 : 1.2)
            }
            var top = y + typography.spaceBefore(block, after: previous)
            if cut {
                overflowIndex = index
                return
            }
            if top + placed.height > bottom {
                guard sides.count < allowed else {
                    overflowIndex = index
                    return
                }
                // The back: a heading left last on the front goes over with what it heads.
                var carried: [PlacedBlock] = []
                if let last = sides[sides.count - 1].last, last.block.isHeading {
                    carried = [sides[sides.count - 1].removeLast()]
                }
                sides.append([])
                y = frame.top
                bottom = frame.bottom - panel.height - bodySize
                for var heading in carried {
                    heading.y = y
                    sides[sides.count - 1].append(heading)
                    y += heading.height
                }
                top = carried.isEmpty ? y : y + typography.spaceBefore(block, after: carried.last?.block)
                if top + placed.height > bottom {
                    overflowIndex = index
                    return
                }
            }
            placed.marker = block.marker.map {
                canvas.layout(
                    markup: PangoText.escape(String(Substring($0).trimmingWhitespace)),
                    font: typography.font(for: block),
                    width: indent)
            }
            placed.y = top
            sides[sides.count - 1].append(placed)
            y = top + placed.height
            previous = block
        }
        // Everything fitted the front, but not with the call to action under it: that goes on the back.
        if sides.count < allowed && y + bodySize + panel.height > frame.bottom { sides.append([]) }
    }

    /// A short flyer, set at the largest size with room to spare on its one side, uses the room: the
    /// space above its headings and paragraphs grows (never between the items of a tight list), up to a
    /// line and a bit each, so that its text runs down toward the call to action.
    mutating func spreadOut(frame: Frame) {
        guard sides.count == 1, let last = sides[0].last else { return }
        let room = frame.bottom - panel.height - bodySize - (last.y + last.height)
        let opens = sides[0].indices.dropFirst().filter {
            sides[0][$0].block.isHeading || sides[0][$0].block.spaceBefore
        }
        guard room > 0, !opens.isEmpty else { return }
        let extra = min(room / Double(opens.count), bodySize * 1.2)
        var shift = 0.0
        for index in sides[0].indices {
            if opens.contains(index) { shift += extra }
            sides[0][index].y += shift
        }
    }

    /// The size of `picture` printed at most `width` wide and `height` tall, in its proportions.
    static func fit(_ picture: Picture, width: Double, height: Double) -> (width: Double, height: Double) {
        let scale = min(width / Double(max(1, picture.width)), height / Double(max(1, picture.height)))
        return (Double(picture.width) * scale, Double(picture.height) * scale)
    }

    private static func masthead(
        _ masthead: FlyerModel.Masthead, typography: FlyerTypography, canvas: PDFCanvas, width frameWidth: Double
    ) -> Masthead {
        let portrait = masthead.photo.map {
            fit($0, width: frameWidth / 3, height: typography.portraitHeight)
        }
        let width = frameWidth - (portrait.map { $0.width + typography.bodySize * 1.2 } ?? 0)
        let name = canvas.layout(
            markup: PangoText.escape(masthead.name),
            font: "\(FlyerTypography.headingFamily) Bold \(typography.nameSize)", width: width, lineSpacing: 0.95)
        let office = canvas.layout(
            markup: PangoText.escape(masthead.office),
            font: "\(FlyerTypography.headingFamily) \(typography.officeSize)", width: width)
        let election = masthead.election.map {
            canvas.layout(
                markup: PangoText.escape($0), font: "\(FlyerTypography.headingFamily) Bold \(typography.officeSize)",
                width: width)
        }
        let words = name.height + office.height + (election.map { $0.height + typography.bodySize * 0.2 } ?? 0)
        let height = max(words, portrait?.height ?? 0) + typography.bodySize * 1.6
        return Masthead(name: name, office: office, election: election, portrait: portrait, height: height)
    }

    private static func panel(
        _ action: FlyerModel.CallToAction, typography: FlyerTypography, canvas: PDFCanvas, frame: Frame
    ) -> Panel {
        let qrCode = action.link.flatMap(QRCode.init)
        let qrSize = qrCode == nil ? 0 : min(72, frame.width / 5)
        let textWidth = frame.width - (qrCode == nil ? 0 : qrSize + typography.bodySize)
        let address = action.printedAddress.map {
            canvas.layout(
                markup: PangoText.escape($0),
                font: "\(FlyerTypography.headingFamily) Bold \(typography.addressSize)", width: textWidth)
        }
        let contact = action.contact.map {
            canvas.layout(
                markup: PangoText.escape($0), font: "\(FlyerTypography.headingFamily) \(typography.bodySize)",
                width: textWidth)
        }
        let textHeight = (address?.height ?? 0) + (contact?.height ?? 0)
        let actionHeight = max(qrSize, textHeight)
        let padding = FlyerTypography.disclaimerSize / 2
        let disclaimer = action.disclaimer.map {
            canvas.layout(
                markup: PangoText.escape($0),
                font: "\(FlyerTypography.headingFamily) \(FlyerTypography.disclaimerSize)",
                width: frame.width - 2 * padding)
        }
        return Panel(
            qrCode: qrCode, qrSize: qrSize, address: address, contact: contact, disclaimer: disclaimer,
            actionHeight: actionHeight, boxHeight: disclaimer.map { $0.height + 2 * padding } ?? 0,
            gap: typography.bodySize * 0.8)
    }
}

import Geometry

/// Turns gLabels templates into label-sheet presets.
enum GLabelsPresetMaker {
    /// The safe margin of a template that gives no `Markup-margin`: ink right to a die-cut edge is cut off by the
    /// usual 1 mm of printer misregistration, so leadprint keeps as much clear as its shipped sheets do.
    static let defaultMargin = Length.mm(1.5)

    /// What a template becomes: a preset, or the reason it cannot be one.
    enum Outcome {
        case preset(Preset)
        case unsupported(UnsupportedTemplate)
        case problem(LayoutError)
    }

    /// The preset of a template; `base` is the template an alias stands for (the template itself when not an alias).
    static func make(_ template: GLabelsTemplate, base: GLabelsTemplate, paper: PaperSizes) -> Outcome {
        let name = template.presetName
        let origin = "\(template.file):\(template.line)"
        guard let label = base.label else {
            return .problem(.invalidTemplate(file: base.file, line: base.line, template: base.displayName, field: "label", reason: "missing"))
        }
        let shape: Preset.Shape
        var radius = Length.zero
        switch label {
        case .rectangle(_, _, let round, _, _):
            shape = round.points > 0 ? .rounded : .rectangle
            radius = round
        case .round: shape = .round
        case .ellipse: shape = .ellipse
        case .cd:
            return .unsupported(UnsupportedTemplate(name: name, origin: origin,
                                                    reason: "a CD/DVD label: a disc with a centre hole, where wire tags would be cut by the hole"))
        }
        let media: Size
        if let size = base.pageSize {
            media = size
        } else if let id = base.paperID, let size = paper.size(of: id) {
            media = size
        } else {
            return .problem(.invalidTemplate(file: base.file, line: base.line, template: base.displayName, field: "size",
                                             reason: "paper id '\(base.paperID ?? "")' is not in any paper-sizes.xml and the template gives no width/height"))
        }
        let alias = template.equiv == nil ? "" : " = \(base.displayName) (equiv)"
        let description = base.description.isEmpty ? "" : "\(base.brand) \(base.description)"
        let preset = Preset(name: name, kind: .sheet, description: description, media: media, label: label.size, shape: shape, cornerRadius: radius,
                            safeMargin: base.markupMargin ?? min(defaultMargin, min(label.size.width, label.size.height) / 8), direction: .along,
                            source: "gLabels template \(template.displayName)\(alias), \(base.file):\(base.line)"
                                + (base.markupMargin == nil ? "; no Markup-margin, so leadprint keeps its default margin" : ""),
                            verified: false, origin: origin, grids: base.layouts, provenance: .gLabels)
        return .preset(preset)
    }
}

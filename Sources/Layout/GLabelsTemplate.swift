import Geometry

/// One `Template` of a gLabels template file, as written: a part, its page and its label (or an `equiv` alias of another part).
public struct GLabelsTemplate: Hashable, Sendable {
    /// The label outline of a template, with gLabels' own fields.
    public enum Label: Hashable, Sendable {
        /// `Label-rectangle`: corner radius `round`; waste is how far gLabels lets artwork bleed past the edge.
        case rectangle(width: Length, height: Length, round: Length, xWaste: Length, yWaste: Length)
        /// `Label-round`: a circle.
        case round(radius: Length, waste: Length)
        /// `Label-ellipse`.
        case ellipse(width: Length, height: Length, waste: Length)
        /// `Label-cd`: a disc with a centre hole, optionally clipped to a width and height.
        case cd(radius: Length, hole: Length, width: Length?, height: Length?, waste: Length)

        /// The label's bounding box.
        public var size: Size {
            switch self {
            case .rectangle(let w, let h, _, _, _), .ellipse(let w, let h, _): Size(width: w, height: h)
            case .round(let r, _): Size(width: r * 2, height: r * 2)
            case .cd(let r, _, let w, let h, _): Size(width: w ?? r * 2, height: h ?? r * 2)
            }
        }
    }

    /// The brand, such as `Avery`.
    public var brand: String
    /// The part number, such as `5160`.
    public var part: String
    /// The description (`description` or translatable `_description`).
    public var description: String
    /// The part this one is an alias of (same brand), for `equiv` templates.
    public var equiv: String?
    /// The paper id (`A4`, `US-Letter`, `Other`, …), if given.
    public var paperID: String?
    /// An explicit page size (`width`/`height` on the template), used with `size="Other"`.
    public var pageSize: Size?
    /// The label, nil for an alias.
    public var label: Label?
    /// The distance gLabels' `Markup-margin` keeps content inside the label; nil when the template has none.
    public var markupMargin: Length?
    /// The `Layout` elements: label positions on the page.
    public var layouts: [Preset.Grid]
    /// The file the template was read from.
    public var file: String
    /// The line of the `Template` element.
    public var line: Int

    /// Creates a template.
    public init(brand: String, part: String, description: String = "", equiv: String? = nil, paperID: String? = nil, pageSize: Size? = nil,
                label: Label? = nil, markupMargin: Length? = nil, layouts: [Preset.Grid] = [], file: String = "", line: Int = 0) {
        self.brand = brand; self.part = part; self.description = description; self.equiv = equiv; self.paperID = paperID
        self.pageSize = pageSize; self.label = label; self.markupMargin = markupMargin; self.layouts = layouts; self.file = file; self.line = line
    }

    /// `Brand Part`, as gLabels names a template.
    public var displayName: String { "\(brand) \(part)" }

    /// The preset name leadprint gives the template: `glabels:Brand Part`.
    public var presetName: String { GLabelsTemplate.prefix + displayName }

    /// The prefix that marks a preset name as a gLabels template.
    public static let prefix = "glabels:"
}

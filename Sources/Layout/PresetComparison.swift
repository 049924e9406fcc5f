import Geometry

/// How two sheet presets differ: page, label size and where each label sits.
public struct PresetComparison: Sendable {
    /// One label's origin on both presets.
    public struct LabelOffset: Sendable {
        /// The label's position, from 1, in fill order.
        public var number: Int
        /// Its top-left on the first preset.
        public var first: Point
        /// Its top-left on the second preset.
        public var second: Point
        /// The second origin less the first.
        public var difference: Point { Point(x: second.x - first.x, y: second.y - first.y) }
    }

    /// The preset compared.
    public let first: Preset
    /// The preset it is compared with.
    public let second: Preset
    /// Every label both presets have, by position.
    public let labels: [LabelOffset]

    /// Compares two presets label by label.
    public init(_ first: Preset, _ second: Preset) {
        self.first = first; self.second = second
        let a = LabelGrid(preset: first).origins, b = LabelGrid(preset: second).origins
        labels = zip(a, b).enumerated().map { LabelOffset(number: $0.offset + 1, first: $0.element.0, second: $0.element.1) }
    }

    /// The media size difference (second less first).
    public var mediaDifference: Size {
        Size(width: second.media.width - first.media.width, height: second.media.height - first.media.height)
    }

    /// The label size difference (second less first).
    public var labelDifference: Size {
        Size(width: second.label.width - first.label.width, height: second.label.height - first.label.height)
    }

    /// The label whose origin moves furthest, if any label is shared.
    public var largest: LabelOffset? {
        labels.max { a, b in
            let da = a.difference, db = b.difference
            return da.x.points * da.x.points + da.y.points * da.y.points < db.x.points * db.x.points + db.y.points * db.y.points
        }
    }
}

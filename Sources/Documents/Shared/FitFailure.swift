import Geometry

/// Why content does not fit where it must go: what, on which preset, and the room it had against the room it needs.
public struct FitFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// What does not fit, e.g. "tag PRO lead 9 'GROUND'" or "series PRO".
    public var subject: String
    /// The preset it was laid out on.
    public var preset: String
    /// The part that overflowed, e.g. "label line" or "the back".
    public var part: String
    /// The room there was, when one box was at stake.
    public var available: Size?
    /// The room the content needs, when known.
    public var needed: Size?
    /// A preset that would hold it, when one was found.
    public var suggestedPreset: String?

    /// Creates a failure.
    public init(subject: String, preset: String, part: String, available: Size? = nil, needed: Size? = nil, suggestedPreset: String? = nil) {
        self.subject = subject; self.preset = preset; self.part = part
        self.available = available; self.needed = needed; self.suggestedPreset = suggestedPreset
    }

    /// One line naming the subject, the preset and the sizes in millimetres.
    public var description: String {
        var text = "\(subject) on preset \(preset): \(part) does not fit"
        if let available { text += " \(Self.mm(available))" }
        if let needed { text += " (needs \(Self.mm(needed)))" }
        if let suggestedPreset { text += "; preset \(suggestedPreset) fits" }
        return text
    }

    static func mm(_ size: Size) -> String {
        "\(Length.formatMM(size.width)) x \(Length.formatMM(size.height))"
    }
}

extension Length {
    /// A length as `12.3 mm`.
    static func formatMM(_ length: Length) -> String {
        let tenths = (length.millimetres * 10).rounded() / 10
        return "\(tenths.formatted(.number.precision(.fractionLength(1)).grouping(.never))) mm"
    }
}

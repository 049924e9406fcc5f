/// Lengths travel in job files and JSON as text with a unit ("3mm", "0.125in"), never as a bare number.
extension Length: Codable {
    /// Reads a length such as "3mm" or "0.125in".
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let length = Length(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a length with a unit, like 3mm or 0.125in (got '\(text)')")
        }
        self = length
    }

    /// Writes the length in the first of mm, in and pt that reads back to exactly the same value.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(exactText)
    }

    /// The length as text that parses back to exactly this value: millimetres when exact, else inches, else points.
    public var exactText: String {
        for unit in [Unit.mm, .in, .pt] {
            let value = points / unit.points
            let text = Self.shortest(value) + unit.rawValue
            if Length(parsing: text)?.points == points { return text }
        }
        return Self.shortest(points) + "pt"
    }

    private static func shortest(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

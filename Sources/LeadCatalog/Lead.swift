/// One flying lead of a camera: a wire with a colour and a printed label.
public struct Lead: Hashable, Sendable {
    /// Position in the series' wiring table, from 1.
    public var position: Int
    /// The colour name as the catalog writes it (e.g. "Purple"), which is what installers know it by.
    public var colorName: String
    /// The colour resolved through the palette (e.g. Violet, VT).
    public var color: WireColor
    /// The text printed on the wire, exactly as printed.
    public var label: String
    /// What the wire does.
    public var definition: String
    /// The id of the group the lead belongs to.
    public var groupID: String

    /// Creates a lead.
    public init(position: Int, colorName: String, color: WireColor, label: String, definition: String, groupID: String) {
        self.position = position
        self.colorName = colorName
        self.color = color
        self.label = label
        self.definition = definition
        self.groupID = groupID
    }
}

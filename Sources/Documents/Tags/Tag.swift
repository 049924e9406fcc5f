import LeadCatalog

/// One wire tag: a lead of one camera of an order, with its running serial when serials are printed.
public struct Tag: Sendable {
    /// The series the camera belongs to.
    public var series: Series
    /// The lead the tag goes on.
    public var lead: Lead
    /// Which camera of the order the tag is for, from 1 (`{set}`).
    public var camera: Int
    /// The tag's running serial number, or nil when serials are off.
    public var serial: Int?
    /// The camera's ID or name (`{camera}`).
    public var cameraID: String
    /// Where the camera goes (`{location}`), empty when the order does not say.
    public var location: String
    /// The order's extra fields for this camera, by column name.
    public var fields: [String: String]
    /// Which end of the wire the tag marks (`{end}`), empty when tags mark one end only.
    public var end: String

    /// Creates a tag.
    public init(series: Series, lead: Lead, camera: Int, serial: Int? = nil, cameraID: String = "", location: String = "",
                fields: [String: String] = [:], end: String = "") {
        self.series = series; self.lead = lead; self.camera = camera; self.serial = serial
        self.cameraID = cameraID; self.location = location; self.fields = fields; self.end = end
    }

    /// The group the lead belongs to, if the catalog names one.
    public var group: LeadGroup? { series.group(of: lead) }

    /// How errors and reports name the tag, e.g. `PRO lead 9 'GND'`.
    public var name: String { "\(series.id) lead \(lead.position) '\(lead.label)'" }

    /// A field's value for templates (tag text and barcode payloads alike), or nil for a name no tag has.
    public func value(of name: String) -> String? {
        switch PayloadTemplate.Field(rawValue: name) {
        case .series: series.id
        case .position: String(lead.position)
        case .label: lead.label
        case .color: lead.colorName
        case .code: lead.color.code
        case .serial: serial.map(String.init) ?? ""
        case .definition: lead.definition
        case .group: group?.name ?? ""
        case .camera: cameraID
        case .location: location
        case .set: String(camera)
        case .end: end
        case nil: fields[name]
        }
    }
}

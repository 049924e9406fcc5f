import LeadCatalog

/// One wire tag: a lead of one camera of a series, with its running serial when serials are printed.
public struct Tag: Sendable {
    /// The series the camera belongs to.
    public var series: Series
    /// The lead the tag goes on.
    public var lead: Lead
    /// Which camera of the job the tag is for, from 1.
    public var camera: Int
    /// The tag's running serial number, or nil when serials are off.
    public var serial: Int?

    /// Creates a tag.
    public init(series: Series, lead: Lead, camera: Int, serial: Int? = nil) {
        self.series = series; self.lead = lead; self.camera = camera; self.serial = serial
    }

    /// The group the lead belongs to, if the catalog names one.
    public var group: LeadGroup? { series.group(of: lead) }

    /// How errors and reports name the tag, e.g. `PRO lead 9 'GND'`.
    public var name: String { "\(series.id) lead \(lead.position) '\(lead.label)'" }
}

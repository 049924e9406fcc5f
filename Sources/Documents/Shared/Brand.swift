import DisplayList
import Geometry
import Localization
import Typesetting

/// The reseller or installer a document speaks for: name, address, contact, logo and accent colour, with standing notes for quotes.
public struct Brand: Sendable, Equatable {
    /// The company name, e.g. "Northwind Security Supply".
    public var name: String
    /// The postal address, one line each.
    public var address: [String]
    /// The phone number as printed.
    public var phone: String?
    /// The e-mail address.
    public var email: String?
    /// The web address.
    public var web: String?
    /// The logo, checked and measured.
    public var logo: ImageSource?
    /// The colour of bands and rules; nil keeps the document's own.
    public var accent: RGBColor?
    /// Paragraphs printed on every quote of this brand (terms, say).
    public var notes: [String]

    /// Creates a brand.
    public init(name: String, address: [String] = [], phone: String? = nil, email: String? = nil, web: String? = nil,
                logo: ImageSource? = nil, accent: RGBColor? = nil, notes: [String] = []) {
        self.name = name; self.address = address; self.phone = phone; self.email = email; self.web = web
        self.logo = logo; self.accent = accent; self.notes = notes
    }

    /// Phone, e-mail and web, those given, in that order, the phone as the sheet's language writes it ("Tel. …"); right to left
    /// the number keeps its own order inside the label.
    public func contactLines(in strings: Strings) throws -> [String] {
        let number = { (phone: String) in strings.isRightToLeft ? TextStyle.firstStrongIsolated(phone) : phone }
        return try [phone.map { try strings.text(.comparePhone, ["number": .text(number($0))]) }, email, web].compactMap { $0 }
    }
}

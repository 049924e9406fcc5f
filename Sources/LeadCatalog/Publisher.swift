/// The company that publishes the catalog, printed in document footers.
public struct Publisher: Hashable, Sendable {
    /// Company name.
    public var name: String
    /// Postal address on one line, if given.
    public var address: String?
    /// Telephone number as printed, if given.
    public var phone: String?
    /// Fax number as printed, if given.
    public var fax: String?
    /// Contact e-mail address, if given.
    public var email: String?
    /// Web site address as printed, if given.
    public var web: String?

    /// Creates a publisher; contact details are optional because a footer should leave out what is unknown.
    public init(name: String, address: String? = nil, phone: String? = nil, fax: String? = nil,
                email: String? = nil, web: String? = nil) {
        self.name = name
        self.address = address
        self.phone = phone
        self.fax = fax
        self.email = email
        self.web = web
    }
}

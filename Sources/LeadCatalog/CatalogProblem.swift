import YAMLSupport

/// One thing wrong with a catalog or palette file: the shared located YAML problem.
public typealias CatalogProblem = YAMLProblem

extension YAMLProblem {
    /// Creates a problem located in a catalog by series, lead and group, printed in that order.
    public init(file: String, line: Int? = nil, series: String? = nil, lead: Int? = nil, group: String? = nil,
                field: String? = nil, message: String, value: Value? = nil) {
        let context = ProblemScope(series: series, lead: lead, group: group)
        self.init(file: file, line: line, context: context.text, field: field, message: message, value: value)
    }
}

/// Where in a catalog a problem sits, above the field level: series, then lead, then group.
typealias ProblemScope = YAMLContext

extension YAMLContext {
    /// The top of a catalog or palette file.
    static let file = YAMLContext.root

    init(series: String? = nil, lead: Int? = nil, group: String? = nil) {
        self.init()
        self["series"] = series
        self["lead"] = lead.map(String.init)
        self["group"] = group
    }

    var series: String? {
        get { self["series"] }
        set { self["series"] = newValue }
    }

    var lead: Int? {
        get { self["lead"].flatMap { Int($0) } }
        set { self["lead"] = newValue.map(String.init) }
    }

    var group: String? {
        get { self["group"] }
        set { self["group"] = newValue }
    }
}

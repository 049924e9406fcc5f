/// Where in a file a problem sits above the field level: an ordered path such as `series PRO, lead 9`.
public struct YAMLContext: Hashable, Sendable, CustomStringConvertible {
    /// One step of the path: what kind of item (e.g. "series") and which one (e.g. "PRO").
    public struct Step: Hashable, Sendable {
        /// The kind of item, e.g. "preset".
        public var kind: String
        /// The item's name or number, e.g. "letter".
        public var name: String
    }

    /// The steps from the top of the file down.
    public private(set) var steps: [Step] = []

    /// The top of the file: no context.
    public static let root = YAMLContext()

    /// Creates an empty context.
    public init() {}

    /// The named step's value; setting nil removes the step, setting a new kind appends it at the end.
    public subscript(kind: String) -> String? {
        get { steps.first { $0.kind == kind }?.name }
        set {
            if let index = steps.firstIndex(where: { $0.kind == kind }) {
                if let newValue { steps[index].name = newValue } else { steps.remove(at: index) }
            } else if let newValue {
                steps.append(Step(kind: kind, name: newValue))
            }
        }
    }

    /// This context with one more step; a nil name leaves the context as it is.
    public func appending(_ kind: String, _ name: String?) -> YAMLContext {
        var copy = self
        copy[kind] = name
        return copy
    }

    /// The path as printed, e.g. "series PRO, lead 9"; empty at the top of the file.
    public var description: String {
        steps.map { "\($0.kind) \($0.name)" }.joined(separator: ", ")
    }

    /// The printed path, or nil at the top of the file.
    public var text: String? { steps.isEmpty ? nil : description }
}

/// A value read from YAML together with the 1-based line it came from.
public struct Located<Value> {
    /// The value.
    public var value: Value
    /// The line the value was written on.
    public var line: Int

    /// Creates a located value.
    public init(value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}

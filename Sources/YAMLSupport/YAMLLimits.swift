/// Bounds on an input file, checked before the YAML library builds its node tree.
public struct YAMLLimits: Hashable, Sendable {
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of lists and mappings accepted.
    public var maxDepth: Int
    /// The most nodes (scalars, lists, mappings, aliases) accepted.
    public var maxNodes: Int

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int, maxNodes: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// Generous for every file leadprint reads (the shipped catalog is about 30 KB and 6 levels deep),
    /// small enough that the YAML library's recursion and memory stay safe on any thread.
    public static let standard = YAMLLimits(maxBytes: 16 << 20, maxDepth: 64, maxNodes: 2_000_000)
}

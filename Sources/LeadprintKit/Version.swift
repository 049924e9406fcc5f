/// leadprint's version, printed by `--version` and written into every PDF's Creator field.
public enum Version {
    /// The release, as semantic version text.
    public static let current = "0.3.0"
    /// The PDF Creator field.
    public static let creator = "leadprint \(current)"
}

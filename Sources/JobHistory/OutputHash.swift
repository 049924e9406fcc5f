import Crypto
import Foundation

/// The SHA-256 of a job's output bytes, in lower-case hex: what a reprint is checked against.
public enum OutputHash {
    /// The hash of `bytes`.
    public static func of(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The hash and size of a file, mapped rather than read so that a large PDF is not copied into memory.
    public static func of(fileAt url: URL) throws -> (hash: String, bytes: Int64) {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        return (of(data), Int64(data.count))
    }
}

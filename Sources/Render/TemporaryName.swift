import Foundation

/// Names of temporary files beside a document's targets: hidden, always within the 255-byte file-name
/// limit, and carrying the document's hash and the writing process's id so that a later run can find
/// and remove what a killed run left behind.
///
/// Shape: `.<name, shortened>~<hash of the document name>.<pid>.<serial>.tmp` (`.bak` for backups of
/// files being replaced).
struct TemporaryName {
    /// The document target's file name, e.g. "tags.png" (pages `tags-1.png`… share it).
    let document: String

    /// The hash that marks every temporary of this document.
    var tag: String {
        // FNV-1a: stable across runs and platforms, unlike Swift's seeded Hasher.
        var hash: UInt32 = 2_166_136_261
        for byte in document.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return String(format: "%08x", hash)
    }

    /// The document name cut to at most 100 bytes at a character boundary.
    private var shortName: String {
        var name = ""
        for character in document where name.utf8.count + character.utf8.count <= 100 { name.append(character) }
        return name
    }

    /// The name of temporary number `serial` of process `pid`, with `suffix` "tmp" or "bak".
    func name(pid: Int32, serial: Int, suffix: String) -> String {
        ".\(shortName)~\(tag).\(pid).\(serial).\(suffix)"
    }

    /// The writing process of a temporary of this document, or nil when `fileName` is not one.
    func owner(of fileName: String) -> Int32? {
        guard fileName.hasPrefix("."), fileName.hasSuffix(".tmp") || fileName.hasSuffix(".bak"),
              let marker = fileName.range(of: "~\(tag).", options: .backwards) else { return nil }
        let parts = fileName[marker.upperBound...].split(separator: ".")
        guard parts.count == 3, let pid = Int32(parts[0]), pid > 0, Int(parts[1]) != nil else { return nil }
        return pid
    }
}

import Foundation

/// A gLabels template database read on first use, so commands that never ask for a gLabels sheet do not pay for reading it.
public final class GLabelsSource: @unchecked Sendable {
    /// The folders searched, in order.
    public let folders: [URL]
    private let lock = NSLock()
    private var loaded: GLabelsDatabase?
    private var loadSeconds: Double = 0

    /// A source that reads the given folders when first asked.
    public init(folders: [URL]) { self.folders = folders }

    /// The database, read now if it has not been.
    public var database: GLabelsDatabase {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let start = DispatchTime.now().uptimeNanoseconds
        let db = GLabelsDatabase.load(folders: folders)
        loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        loaded = db
        return db
    }

    /// Whether the database has been read.
    public var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return loaded != nil
    }

    /// How long reading the database took, in seconds (0 before it is read).
    public var secondsToLoad: Double {
        lock.lock()
        defer { lock.unlock() }
        return loadSeconds
    }
}

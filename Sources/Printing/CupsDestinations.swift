import CCups

/// The destinations libcups lists, owned for the life of this value and freed in `deinit`.
final class CupsDestinations {
    let cups: Cups
    private let count: Int32
    private let list: UnsafeMutablePointer<cups_dest_t>?

    /// Lists the queues of the current server; fails when the server cannot be reached.
    init(server: String, cups: Cups) throws {
        self.cups = cups
        var dests: UnsafeMutablePointer<cups_dest_t>?
        count = cups.getDests2(nil, &dests)
        list = dests
        // cupsGetDests2 returns 0 both for "no queues" and for "no server": the last error tells them apart.
        if count == 0, cups.lastError().rawValue > IPP_STATUS_OK_EVENTS_COMPLETE.rawValue, cups.lastError() != IPP_STATUS_ERROR_NOT_FOUND {
            throw PrintingError.serverUnreachable(server: server, reason: cups.lastErrorText)
        }
    }

    deinit { cups.freeDests(count, list) }

    /// Every destination, primary instances only (an lpoptions instance is a set of options, not a queue).
    var all: [UnsafeMutablePointer<cups_dest_t>] {
        guard let list else { return [] }
        return (0..<Int(count)).map { list + $0 }.filter { $0.pointee.instance == nil }
    }

    /// The destination of that name, if any.
    func named(_ name: String) -> UnsafeMutablePointer<cups_dest_t>? {
        all.first { String(cString: $0.pointee.name) == name }
    }

    /// A queue's description with its media, read from the server.
    func describe(_ dest: UnsafeMutablePointer<cups_dest_t>) -> PrintQueue {
        func option(_ key: String) -> String? {
            cups.getOption(key, dest.pointee.num_options, dest.pointee.options).map { String(cString: $0) }
        }
        var media: [MediaSize] = []
        if let info = cups.copyDestInfo(nil, dest) {
            defer { cups.freeDestInfo(info) }
            let flags = UInt32(CUPS_MEDIA_FLAGS_DEFAULT)
            for index in 0..<cups.getDestMediaCount(nil, dest, info, flags) {
                var size = cups_size_t()
                guard cups.getDestMediaByIndex(nil, dest, info, index, flags, &size) != 0 else { continue }
                let name = withUnsafeBytes(of: size.media) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                media.append(MediaSize(name: name, width: .mm(Double(size.width) / 100), length: .mm(Double(size.length) / 100)))
            }
        }
        return PrintQueue(name: String(cString: dest.pointee.name), info: option("printer-info").flatMap { $0.isEmpty ? nil : $0 },
                          isDefault: dest.pointee.is_default != 0, acceptingJobs: option("printer-is-accepting-jobs") != "false", media: media)
    }
}

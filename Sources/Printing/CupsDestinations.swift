import CCups

/// The destinations libcups lists, owned for the life of this value and freed in `deinit`.
final class CupsDestinations {
    let connection: CupsConnection
    var cups: Cups { connection.cups }
    private let count: Int32
    private let list: UnsafeMutablePointer<cups_dest_t>?

    /// Lists the queues of the connection's server; fails when it does not answer in time or answers with an error.
    init(connection: CupsConnection) throws(PrintingError) {
        self.connection = connection
        var dests: UnsafeMutablePointer<cups_dest_t>?
        let (found, timedOut) = connection.exchange { connection.cups.getDests2($0, &dests) }
        count = found
        list = dests
        if timedOut { throw PrintingError.timedOut(server: connection.server, seconds: connection.timeout, during: "listing the print queues") }
        // cupsGetDests2 returns 0 both for "no queues" and for "no server": the last error tells them apart.
        let cups = connection.cups
        if count == 0, cups.lastError().rawValue > IPP_STATUS_OK_EVENTS_COMPLETE.rawValue, cups.lastError() != IPP_STATUS_ERROR_NOT_FOUND {
            throw PrintingError.serverUnreachable(server: connection.server, reason: cups.lastErrorText)
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

    /// A queue's description with its media, read from the server; fails when the server stops answering.
    func describe(_ dest: UnsafeMutablePointer<cups_dest_t>) throws(PrintingError) -> PrintQueue {
        func option(_ key: String) -> String? {
            cups.getOption(key, dest.pointee.num_options, dest.pointee.options).map { String(cString: $0) }
        }
        var media: [MediaSize] = []
        let (copied, timedOut) = connection.exchange { cups.copyDestInfo($0, dest) }
        if timedOut {
            if let copied { cups.freeDestInfo(copied) }
            throw PrintingError.timedOut(server: connection.server, seconds: connection.timeout, during: "reading the media of queue '\(String(cString: dest.pointee.name))'")
        }
        if let info = copied {
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

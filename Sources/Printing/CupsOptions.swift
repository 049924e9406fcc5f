import CCups

/// A libcups option list for one job, freed in `deinit`.
final class CupsOptions {
    private let cups: Cups
    private(set) var count: Int32 = 0
    private(set) var options: UnsafeMutablePointer<cups_option_t>?

    init(cups: Cups) { self.cups = cups }

    func add(_ name: String, _ value: String) { count = cups.addOption(name, value, count, &options) }

    deinit { cups.freeOptions(count, options) }
}

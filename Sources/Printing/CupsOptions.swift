import CCups

/// A libcups option list for one job, freed in `deinit`.
final class CupsOptions {
    private(set) var count: Int32 = 0
    private(set) var options: UnsafeMutablePointer<cups_option_t>?

    func add(_ name: String, _ value: String) { count = cupsAddOption(name, value, count, &options) }

    deinit { cupsFreeOptions(count, options) }
}
